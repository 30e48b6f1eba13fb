/** Time is stored as ISO-8601 UTC text on both databases, so it sorts and compares as text. */
export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}

export function addMinutesIso(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** The calendar date in China (Asia/Shanghai, UTC+8 all year), 'YYYY-MM-DD'. */
export function shanghaiDate(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** An ISO instant as Beijing time 'YYYY-MM-DD HH:MM' (exports and notices); '' for none. */
export function shanghaiDateTime(iso: string | null): string {
  return iso ? new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
}

/** 'YYYY-MM-DD' plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
