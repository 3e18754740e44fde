import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { CloseCodes } from '../../shared/closeCodes';
import type { LimitRule } from '../../server/accounts/AttemptLimiter';
import { RedisAttemptLimiter } from '../../server/accounts/RedisAttemptLimiter';
import { limitKey } from '../../server/accounts/limitRules';
import { openSharedRedis } from '../../server/cluster/sharedRedis';
import { RedisSocketQuota } from '../../server/cluster/RedisSocketQuota';
import { createLogger } from '../../server/logger';
import { startCluster, type TestCluster } from '../helpers/cluster';
import { describeWithService, postgresReachable, redisReachable, testRedisUrl } from '../helpers/externalServices';
import { openRawSocket, type RawSocket } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import type { TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const redisUp = await redisReachable();
const clusterUp = redisUp && (await postgresReachable());
const quiet = createLogger('silent');
const rule: LimitRule = { name: 'test', freeAttempts: 3, windowMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 4_000 };

describeWithService('Redis', redisUp, 'the attempt limiter on Redis keeps the in-memory rules', () => {
  let redis: Redis;
  let now = 1_000_000;
  const limiter = () => new RedisAttemptLimiter(redis, { prefix: `test-${randomUUID().slice(0, 8)}`, logger: quiet, now: () => now });

  beforeAll(async () => {
    redis = new Redis(testRedisUrl);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('counts each attempt as it is made, so a burst gets only the free attempts', async () => {
    const shared = limiter();
    const decisions = await Promise.all(Array.from({ length: 50 }, () => shared.attempt([limitKey(rule, 'a')])));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    expect(decisions.find((decision) => !decision.allowed)).toEqual({ allowed: false, retryAfterMs: 1_000 });
  });

  it('doubles the wait up to its cap, refuses when any key must wait, and gives back on refund and reset', async () => {
    const shared = limiter();
    const key = [limitKey(rule, 'a')];
    for (let i = 0; i < 3; i += 1) await shared.attempt(key);
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const refused = await shared.attempt(key);
      if (refused.allowed) throw new Error('expected a wait');
      waits.push(refused.retryAfterMs);
      now += refused.retryAfterMs;
      expect((await shared.attempt(key)).allowed).toBe(true);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000]);
    expect((await shared.attempt([limitKey(rule, 'fresh'), ...key])).allowed).toBe(false);
    for (let i = 0; i < 3; i += 1) expect((await shared.attempt([limitKey(rule, 'fresh')])).allowed).toBe(true);

    await shared.reset(key);
    for (let i = 0; i < 3; i += 1) expect((await shared.attempt(key)).allowed).toBe(true);
    await shared.refund(key);
    expect((await shared.attempt(key)).allowed).toBe(true);
  });

  it('starts afresh after a quiet window, and its keys expire in Redis', async () => {
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const shared = new RedisAttemptLimiter(redis, { prefix, logger: quiet, now: () => now });
    const key = [limitKey(rule, 'a')];
    for (let i = 0; i < 3; i += 1) await shared.attempt(key);
    const ttl = await redis.pttl(`${prefix}:limit:test:a`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(rule.windowMs + 1_000);
    now += rule.windowMs + 1;
    expect((await shared.attempt(key)).allowed).toBe(true);
  });
});

describeWithService('Redis', redisUp, 'the socket cap on Redis', () => {
  it('frees the places of an instance that died without releasing them, once their lease ran out', async () => {
    const redis = new Redis(testRedisUrl);
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const dying = new RedisSocketQuota(redis, { prefix, maxPerPerson: 2, logger: quiet, leaseMs: 1_500 });
    const survivor = new RedisSocketQuota(redis, { prefix, maxPerPerson: 2, logger: quiet, leaseMs: 1_500 });
    try {
      expect(await dying.claim('person')).not.toBeNull();
      const held = await survivor.claim('person');
      expect(held).not.toBeNull();
      expect(await survivor.claim('person')).toBeNull();
      // kill -9: the dying instance stops renewing and never releases.
      dying.close();
      await eventually(async () => {
        const again = await survivor.claim('person');
        expect(again).not.toBeNull();
        again!.release();
      }, 10_000);
      // The survivor's own place was renewed meanwhile: it still counts.
      expect(await survivor.claim('person')).not.toBeNull();
      expect(await survivor.claim('person')).toBeNull();
    } finally {
      survivor.close();
      await redis.quit();
    }
  });
});

describe('shared limits while Redis does not answer', () => {
  it('counts on this instance under the same rules: an outage never opens unlimited guessing', async () => {
    // Nothing listens on port 1: every command fails at once, as in an outage.
    const unreachable = openSharedRedis('redis://127.0.0.1:1', quiet);
    try {
      const limiter = new RedisAttemptLimiter(unreachable, { prefix: 'outage', logger: quiet });
      const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.attempt([limitKey(rule, 'guesser')])));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(3);
    } finally {
      unreachable.disconnect();
    }
  });

  it('caps sockets on this instance alone meanwhile: nobody is locked out, nobody gets more than the cap here', async () => {
    const unreachable = openSharedRedis('redis://127.0.0.1:1', quiet);
    const quota = new RedisSocketQuota(unreachable, { prefix: 'outage', maxPerPerson: 2, logger: quiet });
    try {
      const first = await quota.claim('person');
      expect(first).not.toBeNull();
      expect(await quota.claim('person')).not.toBeNull();
      expect(await quota.claim('person')).toBeNull();
      first!.release();
      expect(await quota.claim('person')).not.toBeNull();
    } finally {
      quota.close();
      unreachable.disconnect();
    }
  });
});

describeWithService('PostgreSQL and Redis', clusterUp, 'limits shared by two instances', () => {
  let cluster: TestCluster;
  let a: TestServer;
  let b: TestServer;
  let team: SeededTeam;
  const sockets: RawSocket[] = [];

  beforeEach(async () => {
    cluster = await startCluster(2, { maxSocketsPerPerson: 3 });
    [a, b] = cluster.instances as [TestServer, TestServer];
    team = await seedTeam(a.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.ws.terminate();
    await cluster.close();
  });

  const signIn = (server: TestServer, body: unknown) =>
    fetch(`${server.url}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: JSON.stringify(body) });
  const passwordChecks = () => [...a.logs, ...b.logs].filter((line) => line.message === 'password checked').length;

  it('counts guesses at one account spread over both instances together', async () => {
    const email = team.members.manager!.email;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(i % 2 === 0 ? a : b, { email, password: `wrong guess ${i}` }).then((response) => response.status)),
    );
    // One instance alone would let 5 through, two separately 10: together, the 5 free ones.
    expect(answers.filter((status) => status === 401)).toHaveLength(5);
    expect(answers.filter((status) => status === 429)).toHaveLength(15);
    expect(passwordChecks()).toBe(5);
    // Both instances now make the guesser wait.
    expect((await signIn(a, { email, password: 'one more' })).status).toBe(429);
    expect((await signIn(b, { email, password: 'one more' })).status).toBe(429);
  });

  it('counts sign-ups from one address on both instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const server = i % 2 === 0 ? a : b;
      const response = await fetch(`${server.url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email: `newcomer${i}.${randomUUID().slice(0, 6)}@example.org`, displayName: `Newcomer ${i}`, password: 'a long enough password' }),
      });
      statuses.push(response.status);
    }
    // Ten an hour from one address, wherever the proxy sends each request.
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('caps one person’s sockets across both instances, and takes a new one once another closed', async () => {
    const open = async (server: TestServer, member: string) => {
      const socket = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members[member]!.token}`);
      sockets.push(socket);
      return socket;
    };
    const first = await open(a, 'teacher');
    await open(b, 'teacher');
    await open(a, 'teacher');
    const fourth = await open(b, 'teacher');
    expect((await fourth.closed).code).toBe(CloseCodes.tooManyConnections.code);
    // Someone else is not affected.
    const colleague = await open(b, 'manager');
    expect(colleague.ws.readyState).toBe(colleague.ws.OPEN);

    first.ws.close();
    await first.closed;
    await eventually(async () => {
      const again = await open(b, 'teacher');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(again.ws.readyState).toBe(again.ws.OPEN);
    });
  });
});
