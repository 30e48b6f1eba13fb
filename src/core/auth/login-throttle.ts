/**
 * Per-IP limit on failed logins: a sliding window of failure times per address, in memory. It
 * blunts password spraying across many accounts without slowing people who type their password
 * right; the per-account lockout (in the database, so it holds across app nodes) stops guessing
 * one account's password.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 20,
    private readonly windowMs = 5 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  private recent(ip: string, now: number): number[] {
    return (this.failures.get(ip) ?? []).filter((t) => now - t < this.windowMs);
  }

  /** True when the address has failed too often lately and must wait. */
  blocked(ip: string): boolean {
    return this.recent(ip, this.clock()).length >= this.maxFailures;
  }

  recordFailure(ip: string): void {
    const now = this.clock();
    const recent = this.recent(ip, now);
    recent.push(now);
    this.failures.set(ip, recent);
    if (this.failures.size > 50_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [ip, times] of this.failures) if (times.every((t) => now - t >= this.windowMs)) this.failures.delete(ip);
  }
}
