import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import type { BatchesTable, EvidenceTable, ProductsTable } from '../catalog.tables.js';

export type ProductRow = ProductsTable & { producer_name: string; category_name: string; unit_path: string; owner_user_id: string | null; producer_status: string };

const withJoins = (db: Kysely<DB>) =>
  db
    .selectFrom('products')
    .innerJoin('producers', 'producers.id', 'products.producer_id')
    .innerJoin('categories', 'categories.id', 'products.category_id')
    .innerJoin('units', 'units.id', 'products.unit_id');

const ROW_COLUMNS = ['producers.name as producer_name', 'categories.name as category_name', 'units.path as unit_path', 'producers.owner_user_id as owner_user_id', 'producers.status as producer_status'] as const;

export async function findProduct(db: Kysely<DB>, id: string): Promise<ProductRow | undefined> {
  return withJoins(db).selectAll('products').select(ROW_COLUMNS).where('products.id', '=', id).executeTakeFirst();
}

/** Several products by id, in no particular order (callers order them). */
export async function findProducts(db: Kysely<DB>, ids: readonly string[]): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  return withJoins(db).selectAll('products').select(ROW_COLUMNS).where('products.id', 'in', ids).execute();
}

/** Evaluated samples of a product: how many, and the mean of their four ratings (1–5). */
export async function sampleRatingsOf(db: Kysely<DB>, productId: string): Promise<{ count: number; meanRating: number } | null> {
  const row = await db
    .selectFrom('sample_requests')
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`avg((rating_quality + rating_taste + rating_packaging + rating_match) / 4.0)`.as('mean')])
    .where('product_id', '=', productId)
    .where('status', '=', 'evaluated')
    .executeTakeFirst();
  const n = Number(row?.n ?? 0);
  return n > 0 ? { count: n, meanRating: Number(row!.mean) } : null;
}

/** Reported live-session sales of a product: units, and refund and complaint rates per unit sold. */
export async function salesOf(db: Kysely<DB>, productId: string): Promise<{ unitsSold: number; refundRate: number; complaintRate: number } | null> {
  const row = await db
    .selectFrom('live_session_products as p')
    .innerJoin('live_sessions as s', 's.id', 'p.session_id')
    .select((eb) => [eb.fn.sum<number>('p.units_sold').as('sold'), eb.fn.sum<number>('p.units_refunded').as('refunded'), eb.fn.sum<number>('p.complaints').as('complaints')])
    .where('p.product_id', '=', productId)
    .where('s.status', '=', 'reported')
    .executeTakeFirst();
  const sold = Number(row?.sold ?? 0);
  return sold > 0 ? { unitsSold: sold, refundRate: Number(row!.refunded ?? 0) / sold, complaintRate: Number(row!.complaints ?? 0) / sold } : null;
}

export async function insertProduct(db: Kysely<DB>, row: ProductsTable): Promise<void> {
  await db.insertInto('products').values(row).execute();
}

export async function updateProduct(db: Kysely<DB>, id: string, set: Partial<ProductsTable>): Promise<void> {
  await db.updateTable('products').set(set).where('id', '=', id).execute();
}

export async function replaceTags(db: Kysely<DB>, productId: string, tags: readonly string[]): Promise<void> {
  await db.deleteFrom('product_tags').where('product_id', '=', productId).execute();
  if (tags.length) await db.insertInto('product_tags').values(tags.map((tag) => ({ product_id: productId, tag }))).execute();
}

export async function productIdsOfProducer(db: Kysely<DB>, producerId: string): Promise<string[]> {
  return (await db.selectFrom('products').select('id').where('producer_id', '=', producerId).execute()).map((r) => r.id);
}

export async function batchesOf(db: Kysely<DB>, productId: string): Promise<BatchesTable[]> {
  return db.selectFrom('batches').selectAll().where('product_id', '=', productId).orderBy('produced_on', 'desc').orderBy('id').execute();
}

export async function evidenceOf(db: Kysely<DB>, productId: string): Promise<EvidenceTable[]> {
  return db.selectFrom('evidence').selectAll().where('product_id', '=', productId).orderBy('issued_on', 'desc').orderBy('id').execute();
}

export async function findBatch(db: Kysely<DB>, id: string): Promise<BatchesTable | undefined> {
  return db.selectFrom('batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function batchCodeTaken(db: Kysely<DB>, productId: string, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('batches').select('id').where('product_id', '=', productId).where('code', '=', code).executeTakeFirst());
}

export async function insertBatch(db: Kysely<DB>, row: BatchesTable): Promise<void> {
  await db.insertInto('batches').values(row).execute();
}

export async function insertEvidence(db: Kysely<DB>, row: EvidenceTable): Promise<void> {
  await db.insertInto('evidence').values(row).execute();
}

/** In the pool on evidence that ended before `today`: the expiry sweep's work list. */
export async function poolProductsExpiredBefore(db: Kysely<DB>, today: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('products').select('id').where('in_pool', '=', 1).where('pool_valid_until', '<', today).orderBy('pool_valid_until').limit(limit).execute();
  return rows.map((r) => r.id);
}

// ---- listing and search ----

export interface ProductFilter {
  /**
   * 'facets': read SQLite's copy of the pool facets (product_facets, under the name "products");
   * only the pool filters apply there. Default: the products table.
   */
  source?: 'products' | 'facets';
  inPool?: boolean;
  status?: string;
  producerId?: string;
  /** Visible to a manager: products of producers this user owns, or of units under these paths. */
  managedBy?: { userId: string; unitPaths: readonly string[] };
  categoryIds?: readonly string[];
  regionPrefix?: string;
  priceMinFen?: number;
  priceMaxFen?: number;
  commissionMinBp?: number;
  monthBit?: number;
  storage?: string;
  freeShipping?: boolean;
  qualityMin?: number;
  tags?: readonly string[];
  evidenceBit?: number;
  /** Full-text condition from the search index. */
  match?: Expression<SqlBool>;
}

export type ProductSort = 'relevance' | 'quality' | 'price_asc' | 'price_desc' | 'newest' | 'updated';

const escapeLike = (w: string) => w.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The filter on `products` alone: joins are added only where the filter needs them (a manager's
 * scope), so counting 100,000 pool products reads one covering index, not four tables.
 */
function applyFilter(db: Kysely<DB>, f: ProductFilter) {
  if (f.source === 'facets' && (f.managedBy || f.status || f.producerId)) throw new Error('management filters need the products table');
  // product_facets has the pool columns under the same names, so the same conditions apply to it.
  let q = f.source === 'facets' ? db.selectFrom('product_facets as products' as 'products') : db.selectFrom('products');
  if (f.inPool !== undefined) q = q.where('products.in_pool', '=', f.inPool ? 1 : 0);
  if (f.status) q = q.where('products.status', '=', f.status);
  if (f.producerId) q = q.where('products.producer_id', '=', f.producerId);
  if (f.managedBy) {
    const m = f.managedBy;
    q = q.where((eb) =>
      eb.or([
        eb('products.producer_id', 'in', eb.selectFrom('producers').select('producers.id').where('producers.owner_user_id', '=', m.userId)),
        ...m.unitPaths.map((p) => eb('products.unit_id', 'in', eb.selectFrom('units').select('units.id').where('units.path', 'like', `${p}%`))),
      ]),
    );
  }
  if (f.categoryIds) q = q.where('products.category_id', 'in', f.categoryIds);
  if (f.regionPrefix) {
    // A prefix of a numeric code as a range: indexable on both databases, unlike LIKE 'x%'.
    q = q.where('products.origin_region_code', '>=', f.regionPrefix).where('products.origin_region_code', '<', `${f.regionPrefix}:`);
  }
  if (f.priceMinFen !== undefined) q = q.where('products.retail_price_fen', '>=', f.priceMinFen);
  if (f.priceMaxFen !== undefined) q = q.where('products.retail_price_fen', '<=', f.priceMaxFen);
  if (f.commissionMinBp !== undefined) q = q.where('products.commission_bp', '>=', f.commissionMinBp);
  if (f.monthBit !== undefined) q = q.where(sql<SqlBool>`(products.season_mask & ${f.monthBit}) <> 0`);
  if (f.storage) q = q.where('products.storage', '=', f.storage);
  if (f.freeShipping !== undefined) q = q.where('products.free_shipping', '=', f.freeShipping ? 1 : 0);
  if (f.qualityMin !== undefined) q = q.where('products.quality_score', '>=', f.qualityMin);
  if (f.evidenceBit !== undefined) q = q.where(sql<SqlBool>`(products.evidence_mask & ${f.evidenceBit}) <> 0`);
  for (const tag of f.tags ?? []) {
    q = q.where('products.id', 'in', (eb) => eb.selectFrom('product_tags').select('product_tags.product_id').where('product_tags.tag', '=', tag));
  }
  if (f.match) q = q.where(f.match);
  return q;
}

/**
 * Relevance, computed the same way on both databases: how many query terms (any alternative)
 * occur in the product's name. Ties fall back to quality, then id, so the order is total.
 */
function nameHits(terms: readonly (readonly string[])[], table: 'products' | 'm') {
  const name = sql.ref(`${table}.name`);
  const hits = terms.map((alts) => sql<number>`(case when ${sql.join(alts.map((a) => sql`lower(${name}) like ${`%${escapeLike(a)}%`} escape '\\'`), sql` or `)} then 1 else 0 end)`);
  return hits.length ? sql.join(hits, sql` + `) : sql`0`;
}

/** ORDER BY terms of a sort, over `products` or over the matches CTE `m` (same column names). */
function sortTerms(sort: ProductSort, terms: readonly (readonly string[])[], table: 'products' | 'm') {
  const col = (c: string) => sql.ref(`${table}.${c}`);
  const keys: ReturnType<typeof sql>[] = [];
  switch (sort) {
    case 'relevance':
      if (terms.length) keys.push(sql`${nameHits(terms, table)} desc`);
      keys.push(sql`${col('quality_score')} desc`);
      break;
    case 'quality':
      keys.push(sql`${col('quality_score')} desc`);
      break;
    case 'price_asc':
      keys.push(sql`${col('retail_price_fen')} asc`);
      break;
    case 'price_desc':
      keys.push(sql`${col('retail_price_fen')} desc`);
      break;
    case 'newest':
      keys.push(sql`${col('verified_at')} desc`);
      break;
    case 'updated':
      keys.push(sql`${col('updated_at')} desc`);
      break;
  }
  keys.push(sql`${col('id')}`);
  return sql.join(keys);
}

function orderedIds(db: Kysely<DB>, f: ProductFilter, sort: ProductSort, terms: readonly (readonly string[])[]) {
  return applyFilter(db, f).select('products.id').orderBy(sortTerms(sort, terms, 'products'));
}

async function rowsInOrder(db: Kysely<DB>, ids: readonly string[]): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  const rows = await withJoins(db).selectAll('products').select(ROW_COLUMNS).where('products.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r as ProductRow]));
  return ids.map((id) => byId.get(id)).filter((r): r is ProductRow => r !== undefined);
}

/** Products in order (exports): ids from `products` alone, then the joined rows for them. */
export async function listProducts(db: Kysely<DB>, f: ProductFilter, sort: ProductSort, terms: readonly (readonly string[])[], limit: number, offset: number): Promise<ProductRow[]> {
  const ids = (await orderedIds(db, f, sort, terms).limit(limit).offset(offset).execute()).map((r) => r.id);
  return rowsInOrder(db, ids);
}

/**
 * One page and the total. With a text match, the candidates are read once for both, then the
 * joined rows are fetched for just that page.
 */
export async function pageOfProducts(db: Kysely<DB>, f: ProductFilter, sort: ProductSort, terms: readonly (readonly string[])[], limit: number, offset: number) {
  if (!f.match) {
    // Without a text match the page comes straight off an index in sort order; counting reads
    // the covering index. A window over every pool product would sort all of them instead.
    const [rows, total] = await Promise.all([listProducts(db, f, sort, terms, limit, offset), countProducts(db, f)]);
    return { rows, total };
  }
  // The matches are read once into a materialised set; the page is a top-N sort over it and the
  // total a count of it (cheaper than a window function, which sorts every match).
  // Only the columns the sort reads: on SQLite they all sit in the covering facet index.
  const sortColumn = { price_asc: 'retail_price_fen', price_desc: 'retail_price_fen', newest: 'verified_at', updated: 'updated_at' }[sort as string] ?? 'quality_score';
  const extra = sortColumn === 'quality_score' ? [] : [sql.ref<string>(`products.${sortColumn}`).as(sortColumn)];
  const matches = applyFilter(db, f).select(['products.id', 'products.name', 'products.quality_score', ...extra]);
  const page = await db
    .with((cte) => cte('m').materialized(), () => matches)
    .selectFrom('m')
    .select(['m.id', sql<number>`(select count(*) from m)`.as('total')])
    .orderBy(sortTerms(sort, terms, 'm'))
    .limit(limit)
    .offset(offset)
    .execute();
  // Past the last page there is no row to carry the total: count separately.
  const total = page.length ? Number(page[0]!.total) : offset > 0 ? await countProducts(db, f) : 0;
  return { rows: await rowsInOrder(db, page.map((r) => r.id)), total };
}

export async function countProducts(db: Kysely<DB>, f: ProductFilter): Promise<number> {
  const r = await applyFilter(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
