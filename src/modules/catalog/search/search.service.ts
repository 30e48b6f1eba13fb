import type { Expression, Kysely, SqlBool } from 'kysely';
import type { DB } from '../../../core/db/schema.js';
import { shanghaiDate } from '../../../core/time.js';
import { categoryTree } from '../categories.js';
import type { CatalogDeps } from '../producers/producers.service.js';
import { toProductSummary } from '../products/product-view.js';
import * as productsRepo from '../products/products.repo.js';
import { searchIndexFor } from '../products/standing.service.js';
import { EVIDENCE_BITS } from '../rules/evidence-rules.js';
import { monthBit } from '../rules/season.js';
import { planQuery } from './query-plan.js';
import type { SearchQuery } from './search.schema.js';
import { segment } from './segmenter.js';
import { SYNONYMS_DOMAIN, synonymIndex } from './synonyms.service.js';
import { readVersion, VersionedCache } from '../../../core/cache/data-version.js';
import type { ProductSummary } from '../products/products.schema.js';
import { POOL_DOMAIN } from '../products/standing.service.js';

export interface QueryPlanResult {
  terms: string[][];
  match: Expression<SqlBool>;
}

/** Reads a query as terms (with synonyms) and the index condition that finds them. */
export async function planFor(db: Kysely<DB>, q: string, over: 'pool' | 'products' = 'products'): Promise<QueryPlanResult> {
  const terms = planQuery(q, segment, await synonymIndex(db));
  return { terms: terms.map((t) => t.alternatives), match: searchIndexFor(db).matches(terms, over) };
}

/** The repository filter for a pool query, and the terms it was read as (null: nothing can match). */
export async function poolFilter(db: Kysely<DB>, query: Omit<SearchQuery, 'page' | 'pageSize' | 'sort'>): Promise<{ filter: productsRepo.ProductFilter; terms: string[][] } | null> {
  const plan = query.q ? await planFor(db, query.q, 'pool') : null;
  if (plan && plan.terms.length === 0) return null;
  const tree = await categoryTree(db);
  const month = query.month ?? (query.inSeason ? Number(shanghaiDate().slice(5, 7)) : undefined);
  const filter: productsRepo.ProductFilter = {
    // The pool search reads the index's narrow copy of the facets where it has one (SQLite).
    source: searchIndexFor(db).poolSource,
    inPool: true,
    categoryIds: query.categoryId ? (tree.byId.has(query.categoryId) ? tree.subtree(query.categoryId) : ['']) : undefined,
    regionPrefix: query.regionCode,
    priceMinFen: query.priceMinFen,
    priceMaxFen: query.priceMaxFen,
    commissionMinBp: query.commissionMinBp,
    monthBit: month ? monthBit(month) : undefined,
    storage: query.storage,
    freeShipping: query.freeShipping,
    qualityMin: query.qualityMin,
    tags: query.tags ? [...new Set(query.tags.split(/[,，]/).map((t) => t.trim()).filter(Boolean))] : undefined,
    evidenceBit: query.evidenceKind ? EVIDENCE_BITS[query.evidenceKind] : undefined,
    match: plan?.match,
  };
  return { filter, terms: plan?.terms ?? [] };
}

type PoolPage = { items: ProductSummary[]; total: number; terms: string[][] };
const pageCaches = new WeakMap<Kysely<DB>, VersionedCache<PoolPage>>();

/**
 * The selection pool search (SPEC §2.2): verified products with valid evidence, for every
 * signed-in user. Pages are remembered per node until any product or synonym changes (version
 * stamps bumped in the writing transaction), so popular searches cost one stamp read; `cache:
 * false` always asks the database (the benchmark's cold figures).
 */
export async function searchPool(deps: CatalogDeps, query: SearchQuery, opts: { cache?: boolean } = {}): Promise<PoolPage> {
  const { db, regions } = deps;
  const compute = async (): Promise<PoolPage> => {
    const planned = await poolFilter(db, query);
    if (!planned) return { items: [], total: 0, terms: [] };
    const { rows, total } = await productsRepo.pageOfProducts(db, planned.filter, query.sort, planned.terms, query.pageSize, (query.page - 1) * query.pageSize);
    return { items: rows.map((r) => toProductSummary(r, regions)), total, terms: planned.terms };
  };
  if (opts.cache === false) return compute();
  let cache = pageCaches.get(db);
  if (!cache) pageCaches.set(db, (cache = new VersionedCache<PoolPage>(2000)));
  const version = `${await readVersion(db, POOL_DOMAIN)}/${await readVersion(db, SYNONYMS_DOMAIN)}`;
  // "In season" means this month in China: part of the key, so the page turns over with the month.
  const key = JSON.stringify({ ...query, month: query.month ?? (query.inSeason ? shanghaiDate().slice(0, 7) : undefined) });
  return cache.get(key, version, compute);
}
