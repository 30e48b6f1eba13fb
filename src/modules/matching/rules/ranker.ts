import type { MatchWeights } from './weights.js';

/**
 * The matching ranker (SPEC §2.2, issue 5): pure and deterministic. The same inputs always give
 * the same scores and order (ties broken by id). Each part is a fit between 0 and 1, multiplied
 * by its weight; the explanation lists the parts and the reasons shown to users.
 */
export type PartKey = keyof MatchWeights;

export interface StreamerFeatures {
  userId: string;
  /** Category id (leaf or top level) → affinity 0–1, from the profile and past sessions (see categoryAffinity). */
  affinity: ReadonlyMap<string, number>;
  /** Region code prefixes where the audience lives ('5105' 泸州, '51' 四川). */
  audienceRegions: readonly string[];
  /** Region code of the streamer's unit (county or city), for local products. */
  homeRegion: string | null;
  priceMinFen: number;
  priceMaxFen: number;
  typicalUnits: number;
  followers: number;
  /** Products the streamer already sells (cooperations): never recommended again. */
  sold: ReadonlySet<string>;
}

export type DistributionPlan =
  | { mode: 'open' }
  | { mode: 'targeted'; streamerIds: ReadonlySet<string> }
  /** One streamer until `until` (a date, inclusive); open to all afterwards. */
  | { mode: 'exclusive'; streamerId: string; until: string };

export interface ProductFeatures {
  id: string;
  categoryId: string;
  parentCategoryId: string | null;
  originRegionCode: string;
  retailPriceFen: number;
  /** Months available: bit 0 = January … bit 11 = December. */
  seasonMask: number;
  capacityPerDay: number;
  qualityScore: number;
  plan: DistributionPlan;
  /** The origin's county code (first 6 digits), precomputed by the feature table for the fast ranking. */
  county?: string;
}

export interface RankContext {
  weights: MatchWeights;
  /** Month (1–12) of the planned session, or the current month. */
  month: number;
  /** Today, YYYY-MM-DD (exclusive windows). */
  today: string;
}

const ALL_YEAR = 0xfff;
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Profile categories count fully (a top-level one covers its children at 0.9, a leaf lends 0.5 to its siblings); past sessions add by their share. */
export function categoryAffinity(profile: readonly string[], pastCounts: ReadonlyMap<string, number>, parentOf: (id: string) => string | null): Map<string, number> {
  const aff = new Map<string, number>();
  const raise = (id: string, v: number) => aff.set(id, Math.max(aff.get(id) ?? 0, v));
  for (const c of profile) {
    const parent = parentOf(c);
    if (parent) {
      raise(c, 1);
      raise(parent, 0.5);
    } else raise(c, 0.9);
  }
  let total = 0;
  for (const n of pastCounts.values()) total += n;
  for (const [c, n] of pastCounts) if (total > 0) raise(c, 0.5 + 0.5 * (n / total));
  return aff;
}

export function categoryFit(s: StreamerFeatures, p: ProductFeatures): number {
  const own = s.affinity.get(p.categoryId) ?? 0;
  const viaParent = p.parentCategoryId ? (s.affinity.get(p.parentCategoryId) ?? 0) : 0;
  return own > viaParent ? own : viaParent;
}

/** 1 when the origin lies in a city (or finer) where the audience lives, 0.6 in such a province. */
export function audienceFit(s: StreamerFeatures, p: ProductFeatures): number {
  let fit = 0;
  for (const prefix of s.audienceRegions) {
    if (!p.originRegionCode.startsWith(prefix)) continue;
    const v = prefix.length >= 4 ? 1 : 0.6;
    if (v > fit) fit = v;
  }
  return fit;
}

/** 1 inside the usual band; half at twice (or half) the band's edge; 0 at four times. */
export function priceFit(s: StreamerFeatures, p: ProductFeatures): number {
  const price = p.retailPriceFen;
  if (price <= 0) return 0;
  if (price >= s.priceMinFen && price <= s.priceMaxFen) return 1;
  const ratio = price < s.priceMinFen ? s.priceMinFen / price : price / s.priceMaxFen;
  return clamp01(1 - Math.log2(ratio) / 2);
}

/** In season in the month: 1; coming next month: 0.4; otherwise 0. */
export function seasonFit(p: ProductFeatures, month: number): number {
  if ((p.seasonMask & ALL_YEAR) === ALL_YEAR) return 1;
  if (p.seasonMask & (1 << (month - 1))) return 1;
  if (p.seasonMask & (1 << (month % 12))) return 0.4;
  return 0;
}

export function capacityFit(s: StreamerFeatures, p: ProductFeatures): number {
  if (s.typicalUnits <= 0) return 1;
  return clamp01(p.capacityPerDay / s.typicalUnits);
}

/** Whether the first `n` characters of two strings agree (no substring allocated: this runs per product). */
function samePrefix(a: string, b: string, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Same county: 1; same city: 0.7. */
export function localFit(s: StreamerFeatures, p: ProductFeatures): number {
  const home = s.homeRegion;
  if (!home) return 0;
  if (samePrefix(home, p.originRegionCode, 6)) return 1;
  if (samePrefix(home, p.originRegionCode, 4)) return 0.7;
  return 0;
}

/** log10 of followers against 5 million (1). */
export function reachFit(s: StreamerFeatures): number {
  return clamp01(Math.log10(s.followers + 1) / Math.log10(5_000_000));
}

/** Whether the streamer may see the product at all: its plan, and not already selling it. */
export function visibleTo(s: StreamerFeatures, p: ProductFeatures, today: string): boolean {
  if (s.sold.has(p.id)) return false;
  const plan = p.plan;
  if (plan.mode === 'open') return true;
  if (plan.mode === 'targeted') return plan.streamerIds.has(s.userId);
  return plan.streamerId === s.userId || plan.until < today;
}

/** The score (streamer's view, without reach; `withReach` for ranking streamers for a product). */
export function scoreOf(s: StreamerFeatures, p: ProductFeatures, ctx: RankContext, withReach = false): number {
  const w = ctx.weights;
  let score =
    w.category * categoryFit(s, p) +
    w.audience * audienceFit(s, p) +
    w.price * priceFit(s, p) +
    w.season * seasonFit(p, ctx.month) +
    w.capacity * capacityFit(s, p) +
    w.quality * clamp01(p.qualityScore / 100) +
    w.local * localFit(s, p);
  if (withReach) score += w.reach * reachFit(s);
  return score;
}

export interface ScorePart {
  key: PartKey;
  fit: number;
  weight: number;
  points: number;
}

export interface Explanation {
  score: number;
  parts: ScorePart[];
  /** What speaks for the match. */
  reasons: string[];
  /** What the other side should weigh (e.g. a volume far above the product's capacity). */
  cautions: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function partsOf(s: StreamerFeatures, p: ProductFeatures, ctx: RankContext, withReach: boolean): ScorePart[] {
  const fits: [PartKey, number][] = [
    ['category', categoryFit(s, p)],
    ['audience', audienceFit(s, p)],
    ['price', priceFit(s, p)],
    ['season', seasonFit(p, ctx.month)],
    ['capacity', capacityFit(s, p)],
    ['quality', clamp01(p.qualityScore / 100)],
    ['local', localFit(s, p)],
  ];
  if (withReach) fits.push(['reach', reachFit(s)]);
  return fits.map(([key, fit]) => ({ key, fit: round2(fit), weight: ctx.weights[key], points: round2(ctx.weights[key] * fit) }));
}

/** Why a product suits a streamer, in the words the 为你选品 page shows. */
export function explainForStreamer(s: StreamerFeatures, p: ProductFeatures, ctx: RankContext): Explanation {
  const parts = partsOf(s, p, ctx, false);
  const fit = (k: PartKey) => parts.find((x) => x.key === k)!.fit;
  const reasons: string[] = [];
  if (fit('season') === 1 && (p.seasonMask & ALL_YEAR) !== ALL_YEAR) reasons.push('应季');
  else if (fit('season') > 0 && fit('season') < 1) reasons.push('下月上市');
  if (fit('local') >= 0.7) reasons.push('本地好品');
  if (fit('category') >= 0.9) reasons.push('与你的品类匹配');
  else if (fit('category') >= 0.5) reasons.push('与你的品类相近');
  if (fit('audience') === 1) reasons.push('产地在你的粉丝集中地区');
  if (p.qualityScore >= 80) reasons.push(`品质分 ${p.qualityScore}`);
  if (fit('capacity') === 1) reasons.push('产能足以支撑你的场均销量');
  if (fit('price') === 1) reasons.push('价格在你常卖的区间');
  return { score: round2(scoreOf(s, p, ctx)), parts, reasons, cautions: [] };
}

/** Why a streamer suits a product, in the words the producer and base staff see. */
export function explainForProduct(s: StreamerFeatures, p: ProductFeatures, ctx: RankContext): Explanation {
  const parts = partsOf(s, p, ctx, true);
  const fit = (k: PartKey) => parts.find((x) => x.key === k)!.fit;
  const reasons: string[] = [];
  if (fit('category') >= 0.9) reasons.push('主营同类商品');
  else if (fit('category') >= 0.5) reasons.push('主营相近品类');
  if (fit('local') >= 0.7) reasons.push('本地主播');
  if (fit('audience') === 1) reasons.push('粉丝集中在产地');
  if (fit('price') === 1) reasons.push('常卖价位相符');
  const cautions: string[] = [];
  if (fit('capacity') === 1) reasons.push('产能足以支撑其场均销量');
  else cautions.push(`其场均销量约为日产能的 ${Math.round(s.typicalUnits / Math.max(1, p.capacityPerDay))} 倍`);
  if (s.followers >= 10_000) reasons.push(`粉丝 ${Math.round(s.followers / 10_000)} 万`);
  return { score: round2(scoreOf(s, p, ctx, true)), parts, reasons, cautions };
}

/**
 * The best `limit` of `items` by `score`, highest first, ties by id: one pass with a small sorted
 * buffer, so ranking 100,000 products costs one score each and no full sort.
 */
export function topN<T extends { id: string }>(items: Iterable<T>, score: (item: T) => number | null, limit: number): { item: T; score: number }[] {
  const best: { item: T; score: number }[] = [];
  const worse = (a: { item: T; score: number }, b: { item: T; score: number }) => a.score < b.score || (a.score === b.score && a.item.id > b.item.id);
  for (const item of items) {
    const sc = score(item);
    if (sc === null) continue;
    const entry = { item, score: sc };
    if (best.length === limit && !worse(best[best.length - 1]!, entry)) continue;
    let i = best.length;
    while (i > 0 && worse(best[i - 1]!, entry)) i--;
    best.splice(i, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

/**
 * 为你选品 over the whole pool, the fast way: the same scores as `scoreOf` (a test checks), but
 * the parts that depend only on the product's category or county are computed once per distinct
 * category and county for this streamer, so the pass over 100,000 products is mostly additions.
 */
export function rankForStreamer(s: StreamerFeatures, pool: readonly ProductFeatures[], ctx: RankContext, limit: number): { item: ProductFeatures; score: number }[] {
  const w = ctx.weights;
  // Audience prefixes finer than a county would need the whole code: fall back to the plain path.
  if (s.audienceRegions.some((a) => a.length > 6)) return topN(pool, (p) => (visibleTo(s, p, ctx.today) ? scoreOf(s, p, ctx) : null), limit);
  const byCategory = new Map<string, number>();
  const byCounty = new Map<string, { audience: number; local: number }>();
  return topN(
    pool,
    (p) => {
      if (!visibleTo(s, p, ctx.today)) return null;
      let cat = byCategory.get(p.categoryId);
      if (cat === undefined) byCategory.set(p.categoryId, (cat = w.category * categoryFit(s, p)));
      const county = p.county ?? p.originRegionCode.slice(0, 6);
      let place = byCounty.get(county);
      if (place === undefined) byCounty.set(county, (place = { audience: w.audience * audienceFit(s, p), local: w.local * localFit(s, p) }));
      // The terms in scoreOf's order, so the sum is the same number to the last bit.
      return cat + place.audience + w.price * priceFit(s, p) + w.season * seasonFit(p, ctx.month) + w.capacity * capacityFit(s, p) + w.quality * clamp01(p.qualityScore / 100) + place.local;
    },
    limit,
  );
}
