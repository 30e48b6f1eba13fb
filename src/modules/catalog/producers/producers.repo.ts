import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { ProducersTable, ProducerSiteVisitsTable } from '../catalog.tables.js';

export type ProducerRow = ProducersTable & { unit_path: string; unit_name: string };

const withUnit = (db: Kysely<DB>) =>
  db.selectFrom('producers').innerJoin('units', 'units.id', 'producers.unit_id').selectAll('producers').select(['units.path as unit_path', 'units.name as unit_name']);

export async function findProducer(db: Kysely<DB>, id: string): Promise<ProducerRow | undefined> {
  return withUnit(db).where('producers.id', '=', id).executeTakeFirst();
}

export async function findProducerByCreditCode(db: Kysely<DB>, code: string): Promise<ProducersTable | undefined> {
  return db.selectFrom('producers').selectAll().where('credit_code', '=', code).executeTakeFirst();
}

export async function findProducersByNames(db: Kysely<DB>, names: readonly string[]): Promise<ProducerRow[]> {
  if (names.length === 0) return [];
  return withUnit(db).where('producers.name', 'in', names).execute();
}

export interface ProducerFilter {
  /** Records the viewer may see: owned by this user, or in units under these paths. */
  ownerUserId: string | null;
  unitPaths: readonly string[];
  status?: string;
  type?: string;
  unitPath?: string;
  q?: string;
}

function filtered(db: Kysely<DB>, f: ProducerFilter) {
  let q = db.selectFrom('producers').innerJoin('units', 'units.id', 'producers.unit_id');
  q = q.where((eb) => {
    const visible = f.unitPaths.map((p) => eb('units.path', 'like', `${p}%`));
    if (f.ownerUserId) visible.push(eb('producers.owner_user_id', '=', f.ownerUserId));
    return visible.length ? eb.or(visible) : eb.val(false);
  });
  if (f.status) q = q.where('producers.status', '=', f.status);
  if (f.type) q = q.where('producers.type', '=', f.type);
  if (f.unitPath) q = q.where('units.path', 'like', `${f.unitPath}%`);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([sql<boolean>`producers.name like ${like} escape '\\'`, sql<boolean>`coalesce(producers.credit_code, '') like ${like} escape '\\'`, sql<boolean>`producers.contact_name like ${like} escape '\\'`]));
  }
  return q;
}

export async function listProducers(db: Kysely<DB>, f: ProducerFilter, limit: number, offset: number) {
  const [items, count] = await Promise.all([
    filtered(db, f)
      .selectAll('producers')
      .select(['units.path as unit_path', 'units.name as unit_name'])
      .select((eb) => eb.selectFrom('products').whereRef('products.producer_id', '=', 'producers.id').select(eb.fn.countAll<number>().as('n')).as('product_count'))
      .orderBy('producers.updated_at', 'desc')
      .orderBy('producers.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items as (ProducerRow & { product_count: number })[], total: Number(count.n) };
}

export async function countProducts(db: Kysely<DB>, producerId: string): Promise<number> {
  const r = await db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).where('producer_id', '=', producerId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertProducer(db: Kysely<DB>, row: ProducersTable): Promise<void> {
  await db.insertInto('producers').values(row).execute();
}

export async function updateProducer(db: Kysely<DB>, id: string, set: Partial<ProducersTable>): Promise<void> {
  await db.updateTable('producers').set(set).where('id', '=', id).execute();
}

export async function insertSiteVisit(db: Kysely<DB>, row: ProducerSiteVisitsTable): Promise<void> {
  await db.insertInto('producer_site_visits').values(row).execute();
}

export async function siteVisitsOf(db: Kysely<DB>, producerId: string) {
  return db
    .selectFrom('producer_site_visits')
    .leftJoin('users', 'users.id', 'producer_site_visits.visitor_id')
    .selectAll('producer_site_visits')
    .select('users.display_name as visitor_name')
    .where('producer_id', '=', producerId)
    .orderBy('visited_on', 'desc')
    .execute();
}

export async function hasSiteVisit(db: Kysely<DB>, producerId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('producer_site_visits').select('id').where('producer_id', '=', producerId).limit(1).executeTakeFirst());
}
