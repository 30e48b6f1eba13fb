/**
 * Per-IP login rate limit: a sliding window of attempt times per address, in memory. It blunts
 * password spraying across many accounts; the per-account lockout (in the database, so it holds
 * across app nodes) stops guessing one account's password.
 */
export class LoginThrottle {
  private attempts = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts = 20,
    private readonly windowMs = 5 * 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts an attempt; returns false when the address is over its limit. */
  allow(ip: string): boolean {
    const now = this.clock();
    const recent = (this.attempts.get(ip) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.maxAttempts) {
      this.attempts.set(ip, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(ip, recent);
    if (this.attempts.size > 50_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [ip, times] of this.attempts) if (times.every((t) => now - t >= this.windowMs)) this.attempts.delete(ip);
  }
}
