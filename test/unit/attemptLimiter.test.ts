import { describe, expect, it } from 'vitest';
import type { LimitRule } from '../../server/accounts/AttemptLimiter';
import { MemoryAttemptLimiter } from '../../server/accounts/MemoryAttemptLimiter';
import { limitKey } from '../../server/accounts/limitRules';

const rule: LimitRule = { name: 'test', freeAttempts: 3, windowMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 4_000 };

describe('MemoryAttemptLimiter', () => {
  const setup = () => {
    let now = 1_000_000;
    const limiter = new MemoryAttemptLimiter(() => now);
    return { limiter, advance: (ms: number) => (now += ms) };
  };

  it('counts each attempt as it is made, so a burst gets only the free attempts', async () => {
    const { limiter } = setup();
    const key = [limitKey(rule, 'a')];
    const decisions = await Promise.all(Array.from({ length: 50 }, () => limiter.attempt(key)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterMs: 1_000 });
  });

  it('doubles the wait up to its cap, and refused attempts count nothing', async () => {
    const { limiter, advance } = setup();
    const key = [limitKey(rule, 'a')];
    for (let i = 0; i < 3; i += 1) await limiter.attempt(key);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const refused = await limiter.attempt(key);
      if (refused.allowed) throw new Error('expected a wait');
      waits.push(refused.retryAfterMs);
      advance(refused.retryAfterMs);
      expect((await limiter.attempt(key)).allowed).toBe(true);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000]);
  });

  it('refuses when any key must wait, and counts none of them then', async () => {
    const { limiter } = setup();
    const busy = limitKey(rule, 'busy');
    const fresh = limitKey(rule, 'fresh');
    for (let i = 0; i < 3; i += 1) await limiter.attempt([busy]);
    expect((await limiter.attempt([busy, fresh])).allowed).toBe(false);
    for (let i = 0; i < 3; i += 1) expect((await limiter.attempt([fresh])).allowed).toBe(true);
  });

  it('gives an attempt back on refund and forgets a key on reset', async () => {
    const { limiter } = setup();
    const key = [limitKey(rule, 'a')];
    for (let i = 0; i < 3; i += 1) await limiter.attempt(key);
    await limiter.refund(key);
    expect((await limiter.attempt(key)).allowed).toBe(true);
    await limiter.reset(key);
    for (let i = 0; i < 3; i += 1) expect((await limiter.attempt(key)).allowed).toBe(true);
  });

  it('starts afresh after a quiet window', async () => {
    const { limiter, advance } = setup();
    const key = [limitKey(rule, 'a')];
    for (let i = 0; i < 3; i += 1) await limiter.attempt(key);
    advance(60_001);
    expect((await limiter.attempt(key)).allowed).toBe(true);
  });
});
