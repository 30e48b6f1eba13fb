import type { Kysely } from 'kysely';
import type { Scope } from '../access/scope.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { bumpVersion } from '../cache/data-version.js';
import type { DB, UnitsTable } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { nowIso } from '../time.js';
import * as repo from './units.repo.js';
import type { Unit, UnitType } from './units.schema.js';

export const IDENTITY_DOMAIN = 'identity';

export function toUnit(row: UnitsTable): Unit {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    type: row.type as UnitType,
    regionCode: row.region_code,
    active: Boolean(row.active),
    createdAt: row.created_at,
  };
}

/** Loads a unit the scope covers; a unit outside the scope is reported as not found. */
export async function visibleUnit(db: Kysely<DB>, scope: Scope, id: string): Promise<UnitsTable> {
  const unit = await repo.findUnit(db, id);
  if (!unit || !scope.covers(unit.path)) throw new DomainError('UNIT_NOT_FOUND');
  return unit;
}

export async function listUnits(db: Kysely<DB>, scope: Scope): Promise<Unit[]> {
  return (await repo.findUnitsUnder(db, scope.pathPrefixes)).map(toUnit);
}

export interface ActingAs {
  scope: Scope;
  actor: Omit<Actor, 'unitId'>;
}

function actorFor(acting: ActingAs, unit: UnitsTable): Actor {
  return { ...acting.actor, unitId: acting.scope.coveringUnitId(unit.path) };
}

export async function createUnit(
  db: Kysely<DB>,
  acting: ActingAs,
  input: { parentId: string; name: string; type: UnitType; regionCode?: string | null },
): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    const parent = await visibleUnit(trx, acting.scope, input.parentId);
    if (!parent.active) throw new DomainError('UNIT_INACTIVE', '上级单位已停用，不能在其下新建单位');
    if (await repo.siblingNameTaken(trx, parent.id, input.name, null)) {
      throw new DomainError('CONFLICT', `上级单位下已有名为「${input.name}」的单位`);
    }
    const id = newId();
    const now = nowIso();
    const row: UnitsTable = {
      id,
      parent_id: parent.id,
      name: input.name,
      type: input.type,
      region_code: input.regionCode ?? null,
      active: 1,
      path: `${parent.path}${id}/`,
      created_at: now,
      updated_at: now,
    };
    await repo.insertUnit(trx, row);
    await recordAudit(trx, actorFor(acting, parent), { action: 'unit.create', entityType: 'unit', entityId: id, after: toUnit(row) });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    return toUnit(row);
  });
}

export async function updateUnit(
  db: Kysely<DB>,
  acting: ActingAs,
  id: string,
  patch: { name?: string; type?: UnitType; regionCode?: string | null },
): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    const before = await visibleUnit(trx, acting.scope, id);
    if (patch.name && before.parent_id && (await repo.siblingNameTaken(trx, before.parent_id, patch.name, id))) {
      throw new DomainError('CONFLICT', `上级单位下已有名为「${patch.name}」的单位`);
    }
    const now = nowIso();
    const set: Partial<UnitsTable> = { updated_at: now };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.type !== undefined) set.type = patch.type;
    if (patch.regionCode !== undefined) set.region_code = patch.regionCode;
    await repo.updateUnit(trx, id, set);
    const after = { ...before, ...set };
    await recordAudit(trx, actorFor(acting, before), { action: 'unit.update', entityType: 'unit', entityId: id, before: toUnit(before), after: toUnit(after) });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    return toUnit(after);
  });
}

export async function moveUnit(db: Kysely<DB>, acting: ActingAs, id: string, newParentId: string): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    const unit = await visibleUnit(trx, acting.scope, id);
    if (!unit.parent_id) throw new DomainError('UNIT_IS_ROOT');
    // A scope root cannot be moved by the person whose scope it is: they would lose it.
    if (acting.scope.roots.some((r) => r.unitId === id)) throw new DomainError('FORBIDDEN', '不能移动您自己所属的管辖单位');
    const parent = await visibleUnit(trx, acting.scope, newParentId);
    if (parent.path.startsWith(unit.path)) throw new DomainError('UNIT_MOVE_CYCLE');
    if (!parent.active) throw new DomainError('UNIT_INACTIVE', '目标上级单位已停用');
    if (parent.id === unit.parent_id) return toUnit(unit);
    if (await repo.siblingNameTaken(trx, parent.id, unit.name, id)) {
      throw new DomainError('CONFLICT', `目标上级单位下已有名为「${unit.name}」的单位`);
    }
    const now = nowIso();
    await repo.updateUnit(trx, id, { parent_id: parent.id, updated_at: now });
    await repo.reparentSubtree(trx, unit.path, `${parent.path}${id}/`, now);
    const after = (await repo.findUnit(trx, id))!;
    await recordAudit(trx, actorFor(acting, unit), { action: 'unit.move', entityType: 'unit', entityId: id, before: toUnit(unit), after: toUnit(after) });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    return toUnit(after);
  });
}

export async function setUnitActive(db: Kysely<DB>, acting: ActingAs, id: string, active: boolean): Promise<Unit> {
  return db.transaction().execute(async (trx) => {
    const unit = await visibleUnit(trx, acting.scope, id);
    if (Boolean(unit.active) === active) return toUnit(unit);
    if (!active) {
      if (!unit.parent_id) throw new DomainError('UNIT_IS_ROOT');
      if (acting.scope.roots.some((r) => r.unitId === id)) throw new DomainError('FORBIDDEN', '不能停用您自己所属的管辖单位');
      if (await repo.hasActiveChildren(trx, id)) throw new DomainError('UNIT_HAS_ACTIVE_CHILDREN');
    } else if (unit.parent_id) {
      const parent = await repo.findUnit(trx, unit.parent_id);
      if (parent && !parent.active) throw new DomainError('UNIT_INACTIVE', '上级单位已停用，请先启用上级单位');
    }
    const now = nowIso();
    await repo.updateUnit(trx, id, { active: active ? 1 : 0, updated_at: now });
    const after = { ...unit, active: active ? 1 : 0, updated_at: now };
    await recordAudit(trx, actorFor(acting, unit), {
      action: active ? 'unit.activate' : 'unit.deactivate',
      entityType: 'unit',
      entityId: id,
      before: toUnit(unit),
      after: toUnit(after),
    });
    await bumpVersion(trx, IDENTITY_DOMAIN);
    return toUnit(after);
  });
}
