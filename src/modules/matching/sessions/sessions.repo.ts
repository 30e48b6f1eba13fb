import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { LiveSessionProductsTable, LiveSessionsTable } from '../matching.tables.js';
import type { SessionStatus } from '../rules/session.machine.js';

export type SessionRow = LiveSessionsTable & { streamer_name: string; unit_path: string; override_by_name: string | null };

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('live_sessions')
    .innerJoin('users as s', 's.id', 'live_sessions.streamer_id')
    .leftJoin('users as o', 'o.id', 'live_sessions.override_by')
    .selectAll('live_sessions')
    .select((eb) => [
      's.display_name as streamer_name',
      'o.display_name as override_by_name',
      // The unit where the streamer holds the role (the first), for staff scope.
      eb
        .selectFrom('user_roles')
        .innerJoin('units', 'units.id', 'user_roles.unit_id')
        .select('units.path')
        .whereRef('user_roles.user_id', '=', 'live_sessions.streamer_id')
        .where('user_roles.role', '=', 'streamer')
        .orderBy('units.path')
        .limit(1)
        .as('unit_path'),
    ]);

export async function findSession(db: Kysely<DB>, id: string): Promise<SessionRow | undefined> {
  const row = await withNames(db).where('live_sessions.id', '=', id).executeTakeFirst();
  return row ? { ...row, unit_path: row.unit_path ?? '' } : undefined;
}

export const productsOf = (db: Kysely<DB>, sessionId: string) =>
  db
    .selectFrom('live_session_products')
    .innerJoin('products', 'products.id', 'live_session_products.product_id')
    .selectAll('live_session_products')
    .select(['products.name as product_name', 'products.supply_price_fen', 'products.retail_price_fen'])
    .where('session_id', '=', sessionId)
    .orderBy('products.name')
    .execute();

export async function insertSession(db: Kysely<DB>, row: LiveSessionsTable): Promise<void> {
  await db.insertInto('live_sessions').values(row).execute();
}

export async function updateSession(db: Kysely<DB>, id: string, set: Partial<LiveSessionsTable>): Promise<void> {
  await db.updateTable('live_sessions').set(set).where('id', '=', id).execute();
}

export async function replaceProducts(db: Kysely<DB>, sessionId: string, rows: LiveSessionProductsTable[]): Promise<void> {
  await db.deleteFrom('live_session_products').where('session_id', '=', sessionId).execute();
  if (rows.length) await db.insertInto('live_session_products').values(rows).execute();
}

export async function saveReport(db: Kysely<DB>, sessionId: string, productId: string, r: { unitsSold: number; gmvFen: number; unitsRefunded: number; complaints: number }): Promise<void> {
  await db
    .updateTable('live_session_products')
    .set({ units_sold: r.unitsSold, gmv_fen: r.gmvFen, units_refunded: r.unitsRefunded, complaints: r.complaints })
    .where('session_id', '=', sessionId)
    .where('product_id', '=', productId)
    .execute();
}

/** Cooperations of a streamer by id, with the product's prices (to build a session's product list). */
export const cooperationsFor = (db: Kysely<DB>, streamerId: string, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('cooperations')
        .select(['id', 'product_id', 'status', 'window_from', 'window_to'])
        .where('streamer_id', '=', streamerId)
        .where('id', 'in', ids)
        .execute();

/** Scheduled or live sessions selling any of these products, other than `exceptId`. */
export const activeSessionsSelling = (db: Kysely<DB>, productIds: readonly string[], exceptId: string | null) => {
  if (productIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('live_session_products as p')
    .innerJoin('live_sessions as s', 's.id', 'p.session_id')
    .innerJoin('users as u', 'u.id', 's.streamer_id')
    .innerJoin('products', 'products.id', 'p.product_id')
    .select(['s.id as session_id', 's.streamer_id', 'u.display_name as streamer_name', 's.starts_at', 's.ends_at', 's.status', 'p.product_id', 'products.name as product_name', 'p.live_price_fen'])
    .where('p.product_id', 'in', productIds)
    .where('s.status', 'in', ['scheduled', 'live']);
  if (exceptId) q = q.where('s.id', '!=', exceptId);
  return q.orderBy('s.starts_at').execute();
};

/** Sessions a product appears in (price board), newest window first: published ones only (drafts and cancelled ones are the streamer's own). */
export const sessionsOfProduct = (db: Kysely<DB>, productId: string) =>
  db
    .selectFrom('live_session_products as p')
    .innerJoin('live_sessions as s', 's.id', 'p.session_id')
    .innerJoin('users as u', 'u.id', 's.streamer_id')
    .select(['s.id as session_id', 'u.display_name as streamer_name', 's.status', 's.starts_at', 's.ends_at', 'p.live_price_fen'])
    .where('p.product_id', '=', productId)
    .where('s.status', 'in', ['scheduled', 'live', 'ended', 'reported'])
    .orderBy('s.starts_at', 'desc')
    .limit(100)
    .execute();

export async function pageOfSessions(db: Kysely<DB>, who: { streamerId: string } | { unitPaths: readonly string[] }, f: { status?: SessionStatus; page: number; pageSize: number }) {
  let q = withNames(db);
  if ('streamerId' in who) q = q.where('live_sessions.streamer_id', '=', who.streamerId);
  else {
    const paths = who.unitPaths;
    q = q.where((eb) =>
      paths.length
        ? eb.exists(
            eb
              .selectFrom('user_roles')
              .innerJoin('units', 'units.id', 'user_roles.unit_id')
              .select('user_roles.user_id')
              .whereRef('user_roles.user_id', '=', 'live_sessions.streamer_id')
              .where('user_roles.role', '=', 'streamer')
              .where((e2) => e2.or(paths.map((p) => e2('units.path', 'like', `${p}%`)))),
          )
        : eb.val(false),
    );
  }
  if (f.status) q = q.where('live_sessions.status', '=', f.status);
  const [items, count] = await Promise.all([
    q.orderBy('live_sessions.starts_at', 'desc').orderBy('live_sessions.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((r) => ({ ...r, unit_path: r.unit_path ?? '' })), total: Number(count.n) };
}

/** Ended sessions whose report is overdue and whose streamer has not been reminded yet. */
export const overdueUnreminded = (db: Kysely<DB>, now: string) =>
  db.selectFrom('live_sessions').select(['id', 'streamer_id', 'title']).where('status', '=', 'ended').where('report_due_at', '<', now).where('report_reminded_at', 'is', null).execute();

/** A streamer's session with a product at or after a time (a received sample is then not overdue). */
export const hasSessionWith = async (db: Kysely<DB>, streamerId: string, productId: string, since: string) =>
  Boolean(
    await db
      .selectFrom('live_session_products as p')
      .innerJoin('live_sessions as s', 's.id', 'p.session_id')
      .select('s.id')
      .where('s.streamer_id', '=', streamerId)
      .where('p.product_id', '=', productId)
      .where('s.status', 'in', ['scheduled', 'live', 'ended', 'reported'])
      .where('s.starts_at', '>=', since)
      .executeTakeFirst(),
  );

/** A streamer's reports of the last year: late, missing, and the units sold, refunded and complained of. */
export async function reportRecord(db: Kysely<DB>, streamerId: string, since: string, now: string) {
  const sessions = await db.selectFrom('live_sessions').select(['status', 'reported_at', 'report_due_at']).where('streamer_id', '=', streamerId).where('ended_at', '>=', since).execute();
  const late = sessions.filter((s) => s.status === 'reported' && s.reported_at && s.report_due_at && s.reported_at > s.report_due_at).length;
  const missing = sessions.filter((s) => s.status === 'ended' && s.report_due_at && now > s.report_due_at).length;
  const sums = await db
    .selectFrom('live_session_products as p')
    .innerJoin('live_sessions as s', 's.id', 'p.session_id')
    .select((eb) => [eb.fn.sum<number>('p.units_sold').as('sold'), eb.fn.sum<number>('p.units_refunded').as('refunded'), eb.fn.sum<number>('p.complaints').as('complaints')])
    .where('s.streamer_id', '=', streamerId)
    .where('s.status', '=', 'reported')
    .where('s.ended_at', '>=', since)
    .executeTakeFirst();
  return { late, missing, unitsSold: Number(sums?.sold ?? 0), unitsRefunded: Number(sums?.refunded ?? 0), complaints: Number(sums?.complaints ?? 0) };
}
