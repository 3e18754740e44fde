import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { LimitKey } from '../accounts/AttemptLimiter';
import type { AppEnv } from './AppEnv';
import { tooManyRequests } from './errors';

/**
 * The address a request came from: the TCP peer's, or, behind a proxy named by TRUST_PROXY,
 * the one that proxy saw (see requestContext.ts). A forged X-Forwarded-For from anyone else
 * changes nothing.
 */
export function clientAddress(c: Context<AppEnv>): string {
  return c.get('clientAddress') ?? getConnInfo(c).remote.address ?? 'unknown';
}

/** Counts this attempt under every key before the guarded work, or answers 429 with Retry-After. */
export async function requireAttempt(c: Context<AppEnv>, keys: readonly LimitKey[]): Promise<void> {
  const decision = await c.get('services').limiter.attempt(keys);
  if (decision.allowed) return;
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  c.header('Retry-After', String(seconds));
  throw tooManyRequests(`Too many attempts. Please wait ${seconds} seconds and try again.`, 'slow_down', { seconds });
}
