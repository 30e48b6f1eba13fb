import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

export interface AuditRow {
  id: string;
  at: string;
  actor_id: string | null;
  actor_unit_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

export async function insertAudit(db: Kysely<DB>, row: AuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  /** Only entries whose actor acted through one of these units (scope), or null for all. */
  actorUnitPaths: string[] | null;
}

function filtered(db: Kysely<DB>, f: AuditFilter) {
  let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_id');
  if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.from) q = q.where('audit_log.at', '>=', f.from);
  if (f.to) q = q.where('audit_log.at', '<=', f.to);
  if (f.actorUnitPaths) {
    const paths = f.actorUnitPaths;
    q = q.where((eb) =>
      eb(
        'audit_log.actor_unit_id',
        'in',
        eb
          .selectFrom('units')
          .select('units.id')
          .where((w) => w.or(paths.map((p) => w('units.path', 'like', `${p}%`)))),
      ),
    );
  }
  return q;
}

export async function searchAudit(db: Kysely<DB>, f: AuditFilter, limit: number, offset: number) {
  const [items, count] = await Promise.all([
    filtered(db, f)
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.actor_id as actorId',
        'users.display_name as actorName',
        'audit_log.actor_unit_id as unitId',
        'audit_log.action',
        'audit_log.entity_type as entityType',
        'audit_log.entity_id as entityId',
        'audit_log.before_json as beforeJson',
        'audit_log.after_json as afterJson',
        'audit_log.ip',
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
