import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { SampleRequestsTable } from '../matching.tables.js';
import { OPEN_SAMPLE_STATUSES, type SampleStatus } from '../rules/sample.machine.js';

export type SampleRow = SampleRequestsTable & { product_name: string; producer_name: string; owner_user_id: string | null; unit_path: string; streamer_name: string };

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('sample_requests')
    .innerJoin('products', 'products.id', 'sample_requests.product_id')
    .innerJoin('producers', 'producers.id', 'products.producer_id')
    .innerJoin('units', 'units.id', 'products.unit_id')
    .innerJoin('users as s', 's.id', 'sample_requests.streamer_id')
    .selectAll('sample_requests')
    .select(['products.name as product_name', 'producers.name as producer_name', 'producers.owner_user_id', 'units.path as unit_path', 's.display_name as streamer_name']);

export const findSample = (db: Kysely<DB>, id: string): Promise<SampleRow | undefined> => withNames(db).where('sample_requests.id', '=', id).executeTakeFirst();

export async function insertSample(db: Kysely<DB>, row: SampleRequestsTable): Promise<void> {
  await db.insertInto('sample_requests').values(row).execute();
}

export async function updateSample(db: Kysely<DB>, id: string, set: Partial<SampleRequestsTable>): Promise<void> {
  await db.updateTable('sample_requests').set(set).where('id', '=', id).execute();
}

/**
 * Serialises a streamer's requests on PostgreSQL (a row lock on the user) so a quota's last slot
 * goes to one request only; SQLite already runs one write transaction at a time.
 */
export async function lockStreamer(db: Kysely<DB>, streamerId: string): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`select id from users where id = ${streamerId} for update`.execute(db);
}

export async function openCount(db: Kysely<DB>, streamerId: string): Promise<number> {
  const row = await db.selectFrom('sample_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('streamer_id', '=', streamerId).where('status', 'in', OPEN_SAMPLE_STATUSES).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const openForProduct = (db: Kysely<DB>, streamerId: string, productId: string) =>
  db.selectFrom('sample_requests').select('id').where('streamer_id', '=', streamerId).where('product_id', '=', productId).where('status', 'in', OPEN_SAMPLE_STATUSES).executeTakeFirst();

/** Evaluated and overdue samples of a streamer, optionally only those closed since a time. */
export async function outcomesOf(db: Kysely<DB>, streamerId: string, since: string | null): Promise<{ evaluated: number; overdue: number }> {
  let q = db.selectFrom('sample_requests').select(['status']).select((eb) => eb.fn.countAll<number>().as('n')).where('streamer_id', '=', streamerId).where('status', 'in', ['evaluated', 'overdue']);
  if (since) q = q.where('closed_at', '>=', since);
  const rows = await q.groupBy('status').execute();
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { evaluated: n('evaluated'), overdue: n('overdue') };
}

export type SampleOwner = { streamerId: string } | { ownerUserId: string; unitPaths: readonly string[] };

export async function pageOfSamples(db: Kysely<DB>, owner: SampleOwner, f: { status?: SampleStatus; page: number; pageSize: number }) {
  let q = withNames(db);
  if ('streamerId' in owner) q = q.where('sample_requests.streamer_id', '=', owner.streamerId);
  else {
    const paths = owner.unitPaths;
    q = q.where((eb) => eb.or([eb('producers.owner_user_id', '=', owner.ownerUserId), ...paths.map((p) => eb('units.path', 'like', `${p}%`))]));
  }
  if (f.status) q = q.where('sample_requests.status', '=', f.status);
  const [items, count] = await Promise.all([
    q.orderBy('sample_requests.updated_at', 'desc').orderBy('sample_requests.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** Requests a sweep may have a time-driven step for at `now` (the rule itself decides). */
export async function dueForSweep(db: Kysely<DB>, now: string, limit: number): Promise<string[]> {
  const autoReceiveBefore = new Date(Date.parse(now) - 10 * 86_400_000).toISOString();
  const rows = await db
    .selectFrom('sample_requests')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'requested'), eb('decision_due_at', '<=', now)]),
        eb.and([eb('status', '=', 'shipped'), eb('shipped_at', '<=', autoReceiveBefore)]),
        eb.and([eb('status', '=', 'received'), eb('evaluation_due_at', '<=', now)]),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}
