import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { errorFields, type Logger } from '../logger';
import { LocalSocketQuota, type SocketClaim, type SocketQuota } from '../collab/SocketQuota';
import { RedisScript } from './redisScript';

/**
 * One sorted set per person: a member per open socket (instance and socket id), scored by
 * when its lease ends. Leases that ran out (their instance died without saying goodbye) are
 * dropped before counting. ARGV: now, max, member, leaseEnd, leaseMs. Returns 1 when granted.
 */
const claimScript = new RedisScript(`
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`);

interface Held {
  readonly key: string;
  readonly member: string;
}

export interface RedisSocketQuotaOptions {
  readonly prefix: string;
  readonly maxPerPerson: number;
  readonly logger: Logger;
  /** How long a socket counts without its instance renewing it; renewed every third of it. */
  readonly leaseMs?: number;
}

/**
 * The per-person socket cap shared by every instance through Redis. An instance renews the
 * leases of its open sockets while it runs, so a killed instance's sockets stop counting
 * within one lease. When Redis does not answer, the claim is counted on this instance alone:
 * the cap then holds per instance until Redis is back, and nobody is locked out by the outage.
 */
export class RedisSocketQuota implements SocketQuota {
  private readonly instance = randomUUID().slice(0, 12);
  private readonly local: LocalSocketQuota;
  private readonly held = new Set<Held>();
  private readonly leaseMs: number;
  private readonly renewal: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisSocketQuotaOptions,
  ) {
    this.local = new LocalSocketQuota(options.maxPerPerson);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.renewal = setInterval(() => void this.renew(), Math.max(1_000, Math.floor(this.leaseMs / 3)));
    this.renewal.unref();
  }

  async claim(userId: string): Promise<SocketClaim | null> {
    const held: Held = { key: `${this.options.prefix}:sockets:${userId}`, member: `${this.instance}:${randomUUID()}` };
    const now = Date.now();
    let granted: boolean;
    try {
      granted = Number(await claimScript.run(this.redis, [held.key], [now, this.options.maxPerPerson, held.member, now + this.leaseMs, this.leaseMs])) === 1;
    } catch (error) {
      this.options.logger.debug('shared socket cap unavailable; counted on this instance', errorFields(error));
      return this.local.claimNow(userId);
    }
    if (!granted) return null;
    this.held.add(held);
    return { release: () => this.release(held) };
  }

  close(): void {
    clearInterval(this.renewal);
    this.held.clear();
    this.local.close();
  }

  private release(held: Held): void {
    if (!this.held.delete(held)) return;
    this.redis.zrem(held.key, held.member).catch((error: unknown) => {
      // Its lease runs out on its own.
      this.options.logger.debug('socket cap release not sent', errorFields(error));
    });
  }

  private async renew(): Promise<void> {
    if (this.held.size === 0) return;
    const leaseEnd = Date.now() + this.leaseMs;
    const pipeline = this.redis.pipeline();
    // Re-added even if an outage let the lease lapse: the socket is still open.
    for (const held of this.held) pipeline.zadd(held.key, leaseEnd, held.member).pexpire(held.key, this.leaseMs);
    try {
      await pipeline.exec();
    } catch (error) {
      this.options.logger.debug('socket cap leases not renewed', errorFields(error));
    }
  }
}
