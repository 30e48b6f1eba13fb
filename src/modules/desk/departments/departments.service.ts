import type { Kysely } from 'kysely';
import type { AppContext } from '../../../core/app-context.js';
import { recordAudit, type Actor } from '../../../core/audit/audit.service.js';
import type { DB } from '../../../core/db/schema.js';
import { DomainError } from '../../../core/errors.js';
import { findUnit } from '../../../core/identity/units.repo.js';
import { nowIso } from '../../../core/time.js';
import { KIND_LABELS, TICKET_CATEGORIES, type DepartmentKind, type TicketCategory } from '../rules/categories.js';
import { departmentFor, kindFor, type DepartmentPlace } from '../rules/routing.js';
import * as repo from './departments.repo.js';
import type { Department } from './departments.schema.js';

type Deps = Pick<AppContext, 'db' | 'regions'>;

const placeOf = (d: repo.DepartmentRow): DepartmentPlace => ({ unitId: d.unit_id, kind: d.kind as DepartmentKind, regionCode: d.region_code, active: d.active === 1 });

/** Where a ticket of `category` filed in `regionCode` goes: the kind of department, and the one nearest. */
export async function routeTicket(db: Kysely<DB>, regionCode: string | null, category: TicketCategory) {
  const [rules, all] = await Promise.all([repo.allRoutes(db), repo.allDepartments(db)]);
  const kind = kindFor(rules, regionCode, category);
  const place = departmentFor(all.map(placeOf), kind, regionCode);
  return { kind, kindLabel: KIND_LABELS[kind], department: place ? all.find((d) => d.unit_id === place.unitId)! : null };
}

const regionName = (deps: Deps, code: string | null) => (code ? (deps.regions.find(code) ? deps.regions.fullName(code) : null) : null);

export async function listDepartments(deps: Deps): Promise<Department[]> {
  const rows = await repo.allDepartments(deps.db);
  const heads = await repo.headsOf(deps.db, rows.map((r) => r.unit_id));
  return Promise.all(
    rows.map(async (r) => ({
      id: r.unit_id,
      name: r.name,
      kind: r.kind as DepartmentKind,
      regionCode: r.region_code,
      regionName: regionName(deps, r.region_code),
      active: r.active === 1,
      heads: heads.filter((h) => h.unit_id === r.unit_id).map((h) => ({ userId: h.user_id, displayName: h.display_name })),
      officers: (await repo.officersOf(deps.db, r.unit_id)).map((o) => ({ userId: o.id, displayName: o.display_name })),
    })),
  );
}

/** Makes a unit of type 'department' answer tickets of a kind, and names its heads among its officers. */
export async function saveDepartment(deps: Deps, actor: Actor, unitId: string, body: { kind: DepartmentKind; headUserIds: string[] }): Promise<Department> {
  await deps.db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, unitId);
    if (!unit) throw new DomainError('NOT_FOUND', '单位不存在');
    if (unit.type !== 'department') throw new DomainError('VALIDATION_FAILED', `「${unit.name}」不是政府部门类型的单位`, [{ field: 'id', message: '请先在组织机构中把单位类型设为“政府部门”' }]);
    const officers = new Set((await repo.officersOf(trx, unitId)).map((o) => o.id));
    const heads = [...new Set(body.headUserIds)];
    const stranger = heads.find((h) => !officers.has(h));
    if (stranger) throw new DomainError('VALIDATION_FAILED', '负责人必须是本部门的工作人员', [{ field: 'headUserIds', message: '负责人必须是本部门的工作人员（在该单位担任部门工作人员角色）' }]);
    const before = await repo.findDepartment(trx, unitId);
    await repo.upsertDepartment(trx, unitId, body.kind, actor.userId, nowIso());
    await repo.replaceHeads(trx, unitId, heads);
    await recordAudit(trx, actor, { action: 'desk.department.save', entityType: 'desk_department', entityId: unitId, before: before ? { kind: before.kind } : null, after: { kind: body.kind, heads } });
  });
  return (await listDepartments(deps)).find((d) => d.id === unitId)!;
}

/** The routing table as it applies in a region: each category's kind, where the rule comes from, and the department reached. */
export async function getRouting(deps: Deps, regionCode: string) {
  if (regionCode && !deps.regions.find(regionCode)) throw new DomainError('VALIDATION_FAILED', `地区代码 ${regionCode} 不存在`, [{ field: 'regionCode', message: '地区代码不存在' }]);
  const [rules, all] = await Promise.all([repo.allRoutes(deps.db), repo.allDepartments(deps.db)]);
  const places = all.map(placeOf);
  const region = regionCode || null;
  return {
    regionCode,
    regionName: regionName(deps, region),
    entries: TICKET_CATEGORIES.map((category) => {
      const own = rules.find((r) => r.regionCode === regionCode && r.category === category);
      const kind = kindFor(rules, region, category);
      const inherited = !own && rules.some((r) => r.category === category && (region ?? '').startsWith(r.regionCode) && r.regionCode !== regionCode);
      const place = departmentFor(places, kind, region);
      const dept = place ? all.find((d) => d.unit_id === place.unitId)! : null;
      return { category, kind, source: own ? ('region' as const) : inherited ? ('inherited' as const) : ('default' as const), department: dept ? { id: dept.unit_id, name: dept.name } : null };
    }),
  };
}

export async function putRouting(deps: Deps, actor: Actor, body: { regionCode: string; rules: { category: TicketCategory; kind: DepartmentKind }[] }) {
  if (body.regionCode && !deps.regions.find(body.regionCode)) throw new DomainError('VALIDATION_FAILED', `地区代码 ${body.regionCode} 不存在`, [{ field: 'regionCode', message: '地区代码不存在' }]);
  const categories = body.rules.map((r) => r.category);
  if (new Set(categories).size !== categories.length) throw new DomainError('VALIDATION_FAILED', '同一类别只能设置一次', [{ field: 'rules', message: '同一类别只能设置一次' }]);
  const before = await getRouting(deps, body.regionCode);
  await deps.db.transaction().execute(async (trx) => {
    await repo.replaceRoutes(trx, body.regionCode, body.rules, actor.userId!, nowIso());
    await recordAudit(trx, actor, { action: 'desk.routing.save', entityType: 'desk_routing', entityId: body.regionCode || 'default', before: before.entries.filter((e) => e.source === 'region'), after: body.rules });
  });
  return getRouting(deps, body.regionCode);
}
