/** Time is stored as ISO-8601 UTC text on both databases, so it sorts and compares as text. */
export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}

export function addMinutesIso(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
