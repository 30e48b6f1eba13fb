import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { ViolationsTable } from '../compliance.tables.js';
import type { ViolationStatus } from './violation.machine.js';

export type ViolationRow = ViolationsTable & {
  streamer_name: string;
  unit_name: string;
  unit_path: string;
  reporter_name: string | null;
  decided_by_name: string | null;
};

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('violations')
    .innerJoin('users as s', 's.id', 'violations.streamer_id')
    .innerJoin('units', 'units.id', 'violations.unit_id')
    .leftJoin('users as r', 'r.id', 'violations.reporter_id')
    .leftJoin('users as d', 'd.id', 'violations.decided_by')
    .selectAll('violations')
    .select(['s.display_name as streamer_name', 'units.name as unit_name', 'units.path as unit_path', 'r.display_name as reporter_name', 'd.display_name as decided_by_name']);

export const findViolation = (db: Kysely<DB>, id: string): Promise<ViolationRow | undefined> => withNames(db).where('violations.id', '=', id).executeTakeFirst();

export async function insertViolation(db: Kysely<DB>, row: ViolationsTable): Promise<void> {
  await db.insertInto('violations').values(row).execute();
}

export async function updateViolation(db: Kysely<DB>, id: string, set: Partial<ViolationsTable>): Promise<void> {
  await db.updateTable('violations').set(set).where('id', '=', id).execute();
}

/** Whose violations a list shows: staff by unit subtree, a streamer their own, a reporter theirs. */
export type ViolationOwner = { unitPaths: readonly string[] } | { streamerId: string } | { reporterId: string };

export interface ViolationFilter {
  status?: ViolationStatus;
  q?: string;
  page: number;
  pageSize: number;
}

function scoped(db: Kysely<DB>, owner: ViolationOwner, q?: string) {
  let query = withNames(db);
  if ('unitPaths' in owner) {
    const paths = owner.unitPaths;
    query = query.where((eb) => (paths.length ? eb.or(paths.map((p) => eb('units.path', 'like', `${p}%`))) : eb.val(false)));
  } else if ('streamerId' in owner) query = query.where('violations.streamer_id', '=', owner.streamerId);
  else query = query.where('violations.reporter_id', '=', owner.reporterId);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([sql<boolean>`s.display_name like ${like} escape '\\'`, sql<boolean>`violations.summary like ${like} escape '\\'`]));
  }
  return query;
}

export async function pageOfViolations(db: Kysely<DB>, owner: ViolationOwner, f: ViolationFilter) {
  const base = scoped(db, owner, f.q);
  const filtered = f.status ? base.where('violations.status', '=', f.status) : base;
  const [items, total, counts] = await Promise.all([
    filtered.orderBy('violations.created_at', 'desc').orderBy('violations.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    filtered.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.clearSelect().select(['violations.status']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('violations.status').execute(),
  ]);
  return { items, total: Number(total.n), counts: counts.map((c) => ({ status: c.status as ViolationStatus, n: Number(c.n) })) };
}

/** Active streamers by name, optionally only those in units under these paths. */
export async function pickStreamers(db: Kysely<DB>, q: string | undefined, unitPaths: readonly string[] | null, limit: number) {
  let query = db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .innerJoin('units', 'units.id', 'user_roles.unit_id')
    .select(['users.id as user_id', 'users.display_name', 'units.name as unit_name'])
    .where('user_roles.role', '=', 'streamer')
    .where('users.status', '=', 'active');
  if (unitPaths) query = query.where((eb) => (unitPaths.length ? eb.or(unitPaths.map((p) => eb('units.path', 'like', `${p}%`))) : eb.val(false)));
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([sql<boolean>`users.display_name like ${like} escape '\\'`, sql<boolean>`users.username like ${like} escape '\\'`]));
  }
  const rows = await query.orderBy('users.display_name').orderBy('users.id').limit(limit * 2).execute();
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.user_id) ? false : (seen.add(r.user_id), true))).slice(0, limit);
}

/** Credit deductions of a streamer's confirmed (or since rectified) violations decided since a time. */
export async function deductionsSince(db: Kysely<DB>, streamerId: string, since: string): Promise<number[]> {
  const rows = await db
    .selectFrom('violations')
    .select('credit_deduction')
    .where('streamer_id', '=', streamerId)
    .where('status', 'in', ['confirmed', 'rectified'])
    .where('decided_at', '>=', since)
    .execute();
  return rows.map((r) => r.credit_deduction ?? 0);
}
