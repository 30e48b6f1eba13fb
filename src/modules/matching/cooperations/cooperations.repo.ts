import type { Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { CooperationsTable } from '../matching.tables.js';
import type { CooperationStatus } from '../rules/cooperation.machine.js';

export type CooperationRow = CooperationsTable & { product_name: string; producer_name: string; owner_user_id: string | null; unit_path: string; streamer_name: string; current_supply_price_fen: number };

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('cooperations')
    .innerJoin('products', 'products.id', 'cooperations.product_id')
    .innerJoin('producers', 'producers.id', 'products.producer_id')
    .innerJoin('units', 'units.id', 'products.unit_id')
    .innerJoin('users as s', 's.id', 'cooperations.streamer_id')
    .selectAll('cooperations')
    .select(['products.name as product_name', 'producers.name as producer_name', 'producers.owner_user_id', 'units.path as unit_path', 's.display_name as streamer_name', 'products.supply_price_fen as current_supply_price_fen']);

export const findCooperation = (db: Kysely<DB>, id: string): Promise<CooperationRow | undefined> => withNames(db).where('cooperations.id', '=', id).executeTakeFirst();

export async function insertCooperation(db: Kysely<DB>, row: CooperationsTable): Promise<void> {
  await db.insertInto('cooperations').values(row).execute();
}

export async function updateCooperation(db: Kysely<DB>, id: string, set: Partial<CooperationsTable>): Promise<void> {
  await db.updateTable('cooperations').set(set).where('id', '=', id).execute();
}

/** A streamer's own, or those of the products a producer owns or staff oversee. */
export async function pageOfCooperations(db: Kysely<DB>, who: { userId: string; unitPaths: readonly string[] }, f: { status?: CooperationStatus; productId?: string; page: number; pageSize: number }) {
  let q = withNames(db).where((eb) => eb.or([eb('cooperations.streamer_id', '=', who.userId), eb('producers.owner_user_id', '=', who.userId), ...who.unitPaths.map((p) => eb('units.path', 'like', `${p}%`))]));
  if (f.status) q = q.where('cooperations.status', '=', f.status);
  if (f.productId) q = q.where('cooperations.product_id', '=', f.productId);
  const [items, count] = await Promise.all([
    q.orderBy('cooperations.updated_at', 'desc').orderBy('cooperations.id').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** Cooperations a date sweep may move on `today`. */
export const dueForSweep = (db: Kysely<DB>, today: string) =>
  db
    .selectFrom('cooperations')
    .select('id')
    .where((eb) => eb.or([eb.and([eb('status', '=', 'accepted'), eb('window_from', '<=', today)]), eb.and([eb('status', '=', 'active'), eb('window_to', '<', today)])]))
    .orderBy('id')
    .execute();

/** Products a streamer sells (accepted or active cooperations): 为你选品 leaves them out. */
export async function productsSoldBy(db: Kysely<DB>, streamerId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('cooperations').select('product_id').where('streamer_id', '=', streamerId).where('status', 'in', ['accepted', 'active']).execute();
  return new Set(rows.map((r) => r.product_id));
}
