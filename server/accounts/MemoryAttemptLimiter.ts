import { storageKey, type AttemptDecision, type AttemptLimiter, type LimitKey, type LimitRule } from './AttemptLimiter';

interface Attempts {
  count: number;
  lastAt: number;
  blockedUntil: number;
  readonly rule: LimitRule;
}

/** Past this many keys, quiet ones are dropped, so a flood of addresses cannot fill memory. */
const pruneAbove = 100_000;

/**
 * Attempt counts in this process's memory. A restart forgets them, which hands a guesser only
 * a few more free attempts. Check and count happen in one synchronous step, so concurrent
 * requests cannot slip in between them.
 */
export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly entries = new Map<string, Attempts>();

  constructor(private readonly now: () => number = Date.now) {}

  attempt(keys: readonly LimitKey[]): Promise<AttemptDecision> {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const entry = this.live(key, now);
      if (entry) wait = Math.max(wait, entry.blockedUntil - now);
    }
    if (wait > 0) return Promise.resolve({ allowed: false, retryAfterMs: wait });
    for (const key of keys) {
      const entry = this.live(key, now) ?? { count: 0, lastAt: now, blockedUntil: 0, rule: key.rule };
      entry.count += 1;
      entry.lastAt = now;
      const over = entry.count - key.rule.freeAttempts;
      // The attempt that uses the last free one already sets the wait for the next.
      if (over >= 0) entry.blockedUntil = now + Math.min(key.rule.maxDelayMs, key.rule.baseDelayMs * 2 ** over);
      this.entries.set(storageKey(key), entry);
    }
    if (this.entries.size > pruneAbove) this.prune(now);
    return Promise.resolve({ allowed: true });
  }

  refund(keys: readonly LimitKey[]): Promise<void> {
    for (const key of keys) {
      const entry = this.entries.get(storageKey(key));
      if (!entry) continue;
      entry.count = Math.max(0, entry.count - 1);
      if (entry.count < key.rule.freeAttempts) entry.blockedUntil = 0;
    }
    return Promise.resolve();
  }

  reset(keys: readonly LimitKey[]): Promise<void> {
    for (const key of keys) this.entries.delete(storageKey(key));
    return Promise.resolve();
  }

  private live(key: LimitKey, now: number): Attempts | null {
    const entry = this.entries.get(storageKey(key));
    if (!entry) return null;
    if (this.isQuiet(entry, now)) {
      this.entries.delete(storageKey(key));
      return null;
    }
    return entry;
  }

  private isQuiet(entry: Attempts, now: number): boolean {
    return now - entry.lastAt > entry.rule.windowMs && now >= entry.blockedUntil;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) if (this.isQuiet(entry, now)) this.entries.delete(key);
  }
}
