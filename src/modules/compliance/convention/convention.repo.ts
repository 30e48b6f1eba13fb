import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { ConventionClausesTable, ConventionsTable } from './convention.tables.js';

export const latestConvention = (db: Kysely<DB>) => db.selectFrom('conventions').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
export const clausesOf = (db: Kysely<DB>, conventionId: string) => db.selectFrom('convention_clauses').selectAll().where('convention_id', '=', conventionId).orderBy('number').execute();
export const signatureOf = (db: Kysely<DB>, conventionId: string, userId: string) =>
  db.selectFrom('convention_signatures').selectAll().where('convention_id', '=', conventionId).where('user_id', '=', userId).executeTakeFirst();

export async function insertConvention(db: Kysely<DB>, row: ConventionsTable, clauses: ConventionClausesTable[]): Promise<void> {
  await db.insertInto('conventions').values(row).execute();
  await db.insertInto('convention_clauses').values(clauses).execute();
}

export async function insertSignature(db: Kysely<DB>, row: { id: string; convention_id: string; user_id: string; signed_at: string; ip: string | null }): Promise<void> {
  await db.insertInto('convention_signatures').values(row).onConflict((oc) => oc.columns(['convention_id', 'user_id']).doNothing()).execute();
}

/** Active streamers, optionally only those with the role at units under these paths, with their signature of a version. */
export async function streamersWithSignature(db: Kysely<DB>, conventionId: string, unitPaths: readonly string[] | null) {
  let q = db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .leftJoin('convention_signatures as s', (j) => j.onRef('s.user_id', '=', 'users.id').on('s.convention_id', '=', conventionId))
    .select(['users.id as user_id', 'users.display_name', 'units.name as unit_name', 's.signed_at'])
    .where('user_roles.role', '=', 'streamer')
    .where('users.status', '=', 'active');
  if (unitPaths) q = q.where((eb) => (unitPaths.length ? eb.or(unitPaths.map((p) => eb('units.path', 'like', `${p}%`))) : eb.val(false)));
  const rows = await q.orderBy('units.name').orderBy('users.display_name').orderBy('users.id').execute();
  // A streamer attached to two units appears once.
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.user_id) ? false : (seen.add(r.user_id), true)));
}
