/**
 * Limits how often something costly or guessable may be tried (a password check, a sign-up, a
 * mailed link), per key: an address, an account, an email. The check and the count are one
 * step, taken before the guarded work starts, so a burst of concurrent attempts is counted in
 * full before any of them runs: 200 simultaneous guesses get the free attempts and no more.
 *
 * Routes see only this interface. `MemoryAttemptLimiter` keeps counts in this process; a shared
 * implementation (Redis: one INCR with expiry per key, in a script so check and count stay
 * one step) replaces it when several server processes answer the same people.
 */
export interface LimitRule {
  /** Names the kind of limit; keys of different rules never collide. */
  readonly name: string;
  /** Attempts allowed before any wait. */
  readonly freeAttempts: number;
  /** A key with no attempt for this long starts afresh. */
  readonly windowMs: number;
  /** The wait once the free attempts are used; it doubles with each further attempt... */
  readonly baseDelayMs: number;
  /** ...up to this. */
  readonly maxDelayMs: number;
}

export interface LimitKey {
  readonly rule: LimitRule;
  /** What is counted under the rule: an address, an account id, an email. */
  readonly subject: string;
}

export type AttemptDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

export interface AttemptLimiter {
  /**
   * Counts one attempt under every key, unless any key must wait; then nothing is counted and
   * the answer says how long. Callers start the guarded work only once this allowed it.
   */
  attempt(keys: readonly LimitKey[]): Promise<AttemptDecision>;
  /** Gives one attempt back under these keys (it succeeded, so it was no guess). */
  refund(keys: readonly LimitKey[]): Promise<void>;
  /** Forgets every attempt under these keys (the account's owner proved who they are). */
  reset(keys: readonly LimitKey[]): Promise<void>;
}

export function storageKey(key: LimitKey): string {
  return `${key.rule.name}:${key.subject}`;
}
