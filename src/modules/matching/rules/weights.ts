/**
 * How much each part counts in the matching score (0–100 in total for a streamer's 为你选品; reach
 * is added when ranking streamers for a product). Configuration, not code: the docs explain each
 * part (docs/ARCHITECTURE.md, "Matching"), and `LIVEBASE_MATCH_WEIGHTS` may override them as JSON.
 */
export interface MatchWeights {
  /** The product's category against the streamer's categories (profile and past sessions). */
  category: number;
  /** The product's origin against where the streamer's audience lives. */
  audience: number;
  /** The suggested retail price against the streamer's usual price band. */
  price: number;
  /** In season in the month of the (planned) session; the next month counts half. */
  season: number;
  /** Daily capacity against the streamer's typical units per session. */
  capacity: number;
  /** The product's quality score (0–100). */
  quality: number;
  /** Origin in the streamer's own city or county: local products first (本地好品). */
  local: number;
  /** Followers, on a log scale (only when ranking streamers for a product). */
  reach: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = {
  category: 25,
  audience: 10,
  price: 10,
  season: 15,
  capacity: 10,
  quality: 20,
  local: 10,
  reach: 10,
};

/** Weights from a JSON override (only known, finite, non-negative numbers are taken). */
export function weightsFrom(json: string | undefined): MatchWeights {
  if (!json) return DEFAULT_WEIGHTS;
  const parsed = JSON.parse(json) as Record<string, unknown>;
  const out = { ...DEFAULT_WEIGHTS };
  for (const key of Object.keys(out) as (keyof MatchWeights)[]) {
    const v = parsed[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
  }
  return out;
}
