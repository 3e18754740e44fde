import type { Redis } from 'ioredis';
import { RedisScript } from '../cluster/redisScript';
import { errorFields, type Logger } from '../logger';
import { storageKey, type AttemptDecision, type AttemptLimiter, type LimitKey } from './AttemptLimiter';
import { MemoryAttemptLimiter } from './MemoryAttemptLimiter';

/**
 * The rules of MemoryAttemptLimiter, in one script: Redis runs it without interleaving any
 * other command, so check and count stay one step across every instance. One hash per key
 * (count, lastAt, blockedUntil) that expires once it would be quiet anyway.
 * ARGV: now, then per key its rule's freeAttempts, windowMs, baseDelayMs, maxDelayMs.
 * Returns 0 when allowed, else the wait in ms.
 */
const attemptScript = new RedisScript(`
local now = tonumber(ARGV[1])
local wait = 0
local counts, blocks = {}, {}
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[2 + (i - 1) * 4 + 1])
  local entry = redis.call('HMGET', key, 'count', 'lastAt', 'blockedUntil')
  local count, lastAt, blockedUntil = tonumber(entry[1]), tonumber(entry[2]), tonumber(entry[3])
  if count and lastAt and blockedUntil and not (now - lastAt > window and now >= blockedUntil) then
    counts[i], blocks[i] = count, blockedUntil
    if blockedUntil - now > wait then wait = blockedUntil - now end
  else
    counts[i], blocks[i] = 0, 0
  end
end
if wait > 0 then return math.ceil(wait) end
for i, key in ipairs(KEYS) do
  local at = 2 + (i - 1) * 4
  local free, window = tonumber(ARGV[at]), tonumber(ARGV[at + 1])
  local base, cap = tonumber(ARGV[at + 2]), tonumber(ARGV[at + 3])
  local count = counts[i] + 1
  local over = count - free
  local blockedUntil = blocks[i]
  if over >= 0 then blockedUntil = now + math.min(cap, base * 2 ^ over) end
  redis.call('HSET', key, 'count', count, 'lastAt', now, 'blockedUntil', blockedUntil)
  redis.call('PEXPIRE', key, math.ceil(math.max(window, blockedUntil - now)) + 1000)
end
return 0
`);

/** ARGV: per key its rule's freeAttempts. */
const refundScript = new RedisScript(`
for i, key in ipairs(KEYS) do
  local count = tonumber(redis.call('HGET', key, 'count'))
  if count then
    count = math.max(0, count - 1)
    redis.call('HSET', key, 'count', count)
    if count < tonumber(ARGV[i]) then redis.call('HSET', key, 'blockedUntil', 0) end
  end
end
return 0
`);

/**
 * Attempt counts shared by every instance through Redis (REDIS_URL), so guesses spread over
 * instances by a round-robin proxy are counted together.
 *
 * Fail safe: when Redis does not answer, each instance counts in its own memory under the same
 * rules until it is back. An outage can thus give a guesser at most the free attempts once per
 * instance, never unlimited guessing, and sign-in keeps working for everyone else.
 */
export class RedisAttemptLimiter implements AttemptLimiter {
  private readonly local: MemoryAttemptLimiter;

  constructor(
    private readonly redis: Redis,
    private readonly options: { readonly prefix: string; readonly logger: Logger; readonly now?: () => number },
  ) {
    this.local = new MemoryAttemptLimiter(options.now);
  }

  async attempt(keys: readonly LimitKey[]): Promise<AttemptDecision> {
    if (keys.length === 0) return { allowed: true };
    const args: number[] = [this.now()];
    for (const { rule } of keys) args.push(rule.freeAttempts, rule.windowMs, rule.baseDelayMs, rule.maxDelayMs);
    try {
      const wait = Number(await attemptScript.run(this.redis, this.redisKeys(keys), args));
      return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
    } catch (error) {
      this.fellBack('attempt', error);
      return this.local.attempt(keys);
    }
  }

  async refund(keys: readonly LimitKey[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await refundScript.run(this.redis, this.redisKeys(keys), keys.map((key) => key.rule.freeAttempts));
    } catch (error) {
      this.fellBack('refund', error);
    }
    // Whichever side counted the attempt, it is given back there.
    await this.local.refund(keys);
  }

  async reset(keys: readonly LimitKey[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      await this.redis.del(...this.redisKeys(keys));
    } catch (error) {
      this.fellBack('reset', error);
    }
    await this.local.reset(keys);
  }

  private redisKeys(keys: readonly LimitKey[]): string[] {
    return keys.map((key) => `${this.options.prefix}:limit:${storageKey(key)}`);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private fellBack(step: string, error: unknown): void {
    this.options.logger.debug('shared limiter unavailable; counted on this instance', { step, ...errorFields(error) });
  }
}
