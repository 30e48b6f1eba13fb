/** Time is stored as ISO-8601 UTC text on both databases, so it sorts and compares as text. */
export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}

export function addMinutesIso(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** The calendar date in Asia/Shanghai (UTC+8, no DST) of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date | number = Date.now()): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}
