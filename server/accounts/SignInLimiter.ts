/**
 * Slows down password guessing: after a few failures for one account or from one address,
 * further attempts are refused for a while, the wait doubling with each failure. In memory:
 * a restart forgets, which only gives a guesser a handful more tries.
 */
export interface LimiterPolicy {
  readonly freeFailures: number;
  readonly windowMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

interface Failures {
  count: number;
  firstAt: number;
  blockedUntil: number;
}

export class SignInLimiter {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly policy: LimiterPolicy) {}

  /** Milliseconds to wait before another attempt for any of these keys; 0 if allowed now. */
  retryAfterMs(keys: readonly string[], now = Date.now()): number {
    let wait = 0;
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (!entry) continue;
      if (now - entry.firstAt > this.policy.windowMs && now >= entry.blockedUntil) {
        this.failures.delete(key);
        continue;
      }
      wait = Math.max(wait, entry.blockedUntil - now);
    }
    return Math.max(0, wait);
  }

  recordFailure(keys: readonly string[], now = Date.now()): void {
    for (const key of keys) {
      const entry = this.failures.get(key) ?? { count: 0, firstAt: now, blockedUntil: 0 };
      entry.count += 1;
      const over = entry.count - this.policy.freeFailures;
      if (over > 0) {
        entry.blockedUntil = now + Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (over - 1));
      }
      this.failures.set(key, entry);
    }
    if (this.failures.size > 100_000) this.prune(now);
  }

  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) {
      if (now - entry.firstAt > this.policy.windowMs && now >= entry.blockedUntil) this.failures.delete(key);
    }
  }
}
