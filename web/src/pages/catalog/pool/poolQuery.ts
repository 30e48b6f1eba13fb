import type { SearchQuery } from '../../../api/types';

/** The pool's URL query is the server's search query, so links and 返回 restore a search. */
export const POOL_KEYS = [
  'q',
  'categoryId',
  'regionCode',
  'priceMinFen',
  'priceMaxFen',
  'commissionMinBp',
  'inSeason',
  'storage',
  'freeShipping',
  'qualityMin',
  'tags',
  'evidenceKind',
  'sort',
  'page',
] as const;
export type PoolKey = (typeof POOL_KEYS)[number];
/** Keys counted as filters (the 筛选 badge). */
export const FILTER_KEYS: PoolKey[] = POOL_KEYS.filter((k) => k !== 'q' && k !== 'sort' && k !== 'page');
export const PAGE_SIZE = 20;

const NUMERIC = new Set<PoolKey>(['priceMinFen', 'priceMaxFen', 'commissionMinBp', 'qualityMin', 'page']);

export function readPoolQuery(params: URLSearchParams): SearchQuery {
  const out: Record<string, string | number> = {};
  for (const k of POOL_KEYS) {
    const v = params.get(k);
    if (v === null || v === '') continue;
    if (NUMERIC.has(k)) {
      const n = Number(v);
      if (Number.isFinite(n)) out[k] = n;
    } else out[k] = v;
  }
  return { ...(out as SearchQuery), pageSize: PAGE_SIZE };
}

/** A new URL query with `patch` applied (undefined removes a key); any change but paging goes back to page 1. */
export function patchPoolParams(params: URLSearchParams, patch: Partial<Record<PoolKey, string | number | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  if (!('page' in patch)) next.delete('page');
  return next;
}
