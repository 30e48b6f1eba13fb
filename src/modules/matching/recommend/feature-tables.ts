import type { Kysely } from 'kysely';
import { readVersion } from '../../../core/cache/data-version.js';
import type { DB } from '../../../core/db/schema.js';
import { POOL_DOMAIN } from '../../catalog/products/standing.service.js';
import { restrictivePlans } from '../plans/plans.repo.js';
import { PLANS_DOMAIN } from '../plans/plans.service.js';
import { STREAMERS_DOMAIN } from '../profiles/profiles.service.js';
import { COOPERATIONS_DOMAIN } from '../cooperations/cooperations.service.js';
import { categoryAffinity, type DistributionPlan, type ProductFeatures, type StreamerFeatures } from '../rules/ranker.js';

/**
 * The matching features of every pool product and every streamer with a profile, held in memory
 * per database and rebuilt when a version stamp moves (any node's write moves it): ranking
 * 100,000 products for one streamer is then one pass over an array, with no query per product.
 */
export interface StreamerEntry extends StreamerFeatures {
  /** The user id again, as ranked lists key items by `id`. */
  id: string;
  displayName: string;
  unitName: string | null;
  partyConfirmed: boolean;
}

interface Versioned<T> {
  version: string;
  table: Promise<T>;
}

const pools = new WeakMap<object, Versioned<ProductFeatures[]>>();
const streamerTables = new WeakMap<object, Versioned<Map<string, StreamerEntry>>>();

async function cached<T>(store: WeakMap<object, Versioned<T>>, db: Kysely<DB>, version: string, load: () => Promise<T>): Promise<T> {
  const hit = store.get(db);
  if (hit?.version === version) return hit.table;
  const table = load();
  store.set(db, { version, table });
  table.catch(() => store.delete(db));
  return table;
}

export async function poolFeatures(db: Kysely<DB>): Promise<ProductFeatures[]> {
  const version = `${await readVersion(db, POOL_DOMAIN)}/${await readVersion(db, PLANS_DOMAIN)}`;
  return cached(pools, db, version, () => loadPool(db));
}

export async function streamerFeatures(db: Kysely<DB>): Promise<Map<string, StreamerEntry>> {
  const version = `${await readVersion(db, STREAMERS_DOMAIN)}/${await readVersion(db, COOPERATIONS_DOMAIN)}`;
  return cached(streamerTables, db, version, () => loadStreamers(db));
}

async function loadPool(db: Kysely<DB>): Promise<ProductFeatures[]> {
  const [rows, restricted] = await Promise.all([
    db
      .selectFrom('products')
      .innerJoin('categories', 'categories.id', 'products.category_id')
      .select(['products.id', 'products.category_id', 'categories.parent_id', 'products.origin_region_code', 'products.retail_price_fen', 'products.season_mask', 'products.capacity_per_day', 'products.quality_score'])
      .where('products.in_pool', '=', 1)
      .execute(),
    restrictivePlans(db),
  ]);
  const plans = new Map<string, DistributionPlan>();
  for (const p of restricted.plans) {
    if (p.mode === 'exclusive' && p.exclusive_streamer_id && p.exclusive_until) plans.set(p.product_id, { mode: 'exclusive', streamerId: p.exclusive_streamer_id, until: p.exclusive_until });
    if (p.mode === 'targeted') plans.set(p.product_id, { mode: 'targeted', streamerIds: new Set(restricted.named.filter((n) => n.product_id === p.product_id).map((n) => n.streamer_id)) });
  }
  const open: DistributionPlan = { mode: 'open' };
  return rows.map((r) => ({
    id: r.id,
    categoryId: r.category_id,
    parentCategoryId: r.parent_id,
    originRegionCode: r.origin_region_code,
    retailPriceFen: r.retail_price_fen,
    seasonMask: r.season_mask,
    capacityPerDay: r.capacity_per_day,
    qualityScore: r.quality_score,
    plan: plans.get(r.id) ?? open,
    county: r.origin_region_code.slice(0, 6),
  }));
}

async function loadStreamers(db: Kysely<DB>): Promise<Map<string, StreamerEntry>> {
  const [rows, followers, parents, history] = await Promise.all([
    db
      .selectFrom('streamer_profiles')
      .innerJoin('users', 'users.id', 'streamer_profiles.user_id')
      .innerJoin('user_roles', (j) => j.onRef('user_roles.user_id', '=', 'users.id').on('user_roles.role', '=', 'streamer'))
      .innerJoin('units', 'units.id', 'user_roles.unit_id')
      .select(['users.id', 'users.display_name', 'units.name as unit_name', 'units.region_code', 'streamer_profiles.categories_json', 'streamer_profiles.audience_regions_json', 'streamer_profiles.typical_units', 'streamer_profiles.price_min_fen', 'streamer_profiles.price_max_fen', 'streamer_profiles.party_member', 'streamer_profiles.party_confirmed_at'])
      .where('users.status', '=', 'active')
      .orderBy('users.id')
      .orderBy('units.path')
      .execute(),
    db.selectFrom('streamer_accounts').select(['user_id']).select((eb) => eb.fn.sum<number>('followers').as('n')).groupBy('user_id').execute(),
    db.selectFrom('categories').select(['id', 'parent_id']).execute(),
    cooperationHistory(db),
  ]);
  const parentOf = new Map(parents.map((c) => [c.id, c.parent_id]));
  const followersOf = new Map(followers.map((f) => [f.user_id, Number(f.n)]));
  const noPast = new Map<string, number>();
  const none = new Set<string>();
  const pastOf = new Map<string, Map<string, number>>();
  const soldOf = new Map<string, Set<string>>();
  for (const h of history) {
    const past = pastOf.get(h.streamer_id) ?? pastOf.set(h.streamer_id, new Map()).get(h.streamer_id)!;
    past.set(h.category_id, (past.get(h.category_id) ?? 0) + 1);
    if (h.status === 'accepted' || h.status === 'active') (soldOf.get(h.streamer_id) ?? soldOf.set(h.streamer_id, new Set()).get(h.streamer_id)!).add(h.product_id);
  }
  const out = new Map<string, StreamerEntry>();
  for (const r of rows) {
    if (out.has(r.id)) continue; // a streamer at two units counts once, at the first
    out.set(r.id, {
      id: r.id,
      userId: r.id,
      displayName: r.display_name,
      unitName: r.unit_name,
      partyConfirmed: r.party_member === 1 && r.party_confirmed_at !== null,
      affinity: categoryAffinity(JSON.parse(r.categories_json) as string[], pastOf.get(r.id) ?? noPast, (id) => parentOf.get(id) ?? null),
      audienceRegions: JSON.parse(r.audience_regions_json) as string[],
      homeRegion: r.region_code,
      priceMinFen: r.price_min_fen,
      priceMaxFen: r.price_max_fen,
      typicalUnits: r.typical_units,
      followers: followersOf.get(r.id) ?? 0,
      sold: soldOf.get(r.id) ?? none,
    });
  }
  return out;
}

/** Past and current cooperations: their categories feed the affinity, current ones are "already sold". */
function cooperationHistory(db: Kysely<DB>) {
  return db
    .selectFrom('cooperations')
    .innerJoin('products', 'products.id', 'cooperations.product_id')
    .select(['cooperations.streamer_id', 'cooperations.product_id', 'cooperations.status', 'products.category_id'])
    .where('cooperations.status', 'in', ['accepted', 'active', 'completed'])
    .execute();
}
