/**
 * A region's full name made shorter for lists: without the province, and "…村民委员会" /
 * "…居民委员会" as "…村" / "…". The full name stays on detail pages.
 */
export function shortRegionName(full: string): string {
  return full
    .replace(/^.+?(省|自治区)(?=.)/, '')
    .replace(/村民委员会$/, '村')
    .replace(/村村$/, '村')
    .replace(/居民委员会$/, '');
}
