import { useSearchParams } from 'react-router';

/**
 * A list page's filters in the URL (shareable, kept on "back"): `get` reads one, `set` patches
 * several (an empty value removes it) and goes back to page 1 unless the patch names the page.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? '';
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  return { params, get, set, page: Math.max(1, Number(params.get('page') ?? 1) || 1) };
}
