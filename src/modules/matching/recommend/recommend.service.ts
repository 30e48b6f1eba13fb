import { shanghaiDate } from '../../../core/time.js';
import { canManage, type CatalogViewer } from '../../catalog/access.js';
import { categoryTree } from '../../catalog/categories.js';
import { DomainError } from '../../../core/errors.js';
import type { CatalogDeps } from '../../catalog/producers/producers.service.js';
import { toProductSummary } from '../../catalog/products/product-view.js';
import { findProduct, findProducts } from '../../catalog/products/products.repo.js';
import { explainForProduct, explainForStreamer, rankForStreamer, scoreOf, topN, type ProductFeatures, type RankContext, type ScorePart, type StreamerFeatures } from '../rules/ranker.js';
import type { MatchWeights } from '../rules/weights.js';
import { productsSoldBy } from '../cooperations/cooperations.repo.js';
import { poolFeatures, streamerFeatures } from './feature-tables.js';
import { PART_LABELS } from './recommend.schema.js';

export interface MatchDeps extends CatalogDeps {
  weights: MatchWeights;
}

const labelled = (parts: ScorePart[]) => parts.map((p) => ({ ...p, label: PART_LABELS[p.key] }));

function contextFor(deps: MatchDeps, month: number | undefined): RankContext {
  const today = shanghaiDate();
  return { weights: deps.weights, month: month ?? Number(today.slice(5, 7)), today };
}

/** A streamer who has not saved a profile yet: no category, region or price preference. */
function blankStreamer(userId: string, sold: Set<string>): StreamerFeatures {
  return { userId, affinity: new Map(), audienceRegions: [], homeRegion: null, priceMinFen: 0, priceMaxFen: Number.MAX_SAFE_INTEGER, typicalUnits: 0, followers: 0, sold };
}

/** 为你选品: the pool ranked for the signed-in streamer, each item with its score parts and reasons. */
export async function recommendationsFor(deps: MatchDeps, userId: string, q: { month?: number; limit: number }) {
  const ctx = contextFor(deps, q.month);
  const [pool, streamers] = await Promise.all([poolFeatures(deps.db), streamerFeatures(deps.db)]);
  const known = streamers.get(userId);
  const s = known ?? blankStreamer(userId, await productsSoldBy(deps.db, userId));
  const best = rankForStreamer(s, pool, ctx, q.limit);
  const rows = new Map((await findProducts(deps.db, best.map((b) => b.item.id))).map((r) => [r.id, r]));
  return {
    month: ctx.month,
    profileComplete: Boolean(known),
    items: best
      .filter((b) => rows.has(b.item.id))
      .map((b) => {
        const e = explainForStreamer(s, b.item, ctx);
        return { product: toProductSummary(rows.get(b.item.id)!, deps.regions), score: e.score, parts: labelled(e.parts), reasons: e.reasons };
      }),
  };
}

/** Streamers for a product, for its producer and the staff over it: the same parts, plus reach. */
export async function streamersForProduct(deps: MatchDeps, viewer: CatalogViewer, productId: string, q: { month?: number; limit: number }) {
  const row = await findProduct(deps.db, productId);
  if (!row || !canManage(viewer, { ownerUserId: row.owner_user_id, unitPath: row.unit_path })) throw new DomainError('PRODUCT_NOT_FOUND');
  const ctx = contextFor(deps, q.month);
  const [tree, streamers] = await Promise.all([categoryTree(deps.db), streamerFeatures(deps.db)]);
  const product: ProductFeatures = {
    id: row.id,
    categoryId: row.category_id,
    parentCategoryId: tree.byId.get(row.category_id)?.parent_id ?? null,
    originRegionCode: row.origin_region_code,
    retailPriceFen: row.retail_price_fen,
    seasonMask: row.season_mask,
    capacityPerDay: row.capacity_per_day,
    qualityScore: row.quality_score,
    // The producer sees every candidate, including those a plan would leave out: choosing whom to target is the point.
    plan: { mode: 'open' },
  };
  const best = topN(streamers.values(), (s) => scoreOf(s, product, ctx, true), q.limit);
  return {
    month: ctx.month,
    items: best.map(({ item: s }) => {
      const e = explainForProduct(s, product, ctx);
      return { streamer: { userId: s.userId, displayName: s.displayName, unitName: s.unitName, followers: s.followers, partyMember: s.partyConfirmed }, score: e.score, parts: labelled(e.parts), reasons: e.reasons, cautions: e.cautions };
    }),
  };
}
