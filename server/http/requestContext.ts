import type { MiddlewareHandler } from 'hono';
import { withLogContext } from '../logger';
import { requestIdFor, requestIdHeader } from '../requestId';
import type { TrustedProxy } from '../trustedProxy';
import type { AppEnv } from './AppEnv';

/**
 * Who is asking, before anything else runs: the client's address (from X-Forwarded-For only
 * through a trusted proxy) for the limiters, and the request id, returned as X-Request-Id and
 * carried by every line logged while the request is handled.
 */
export function requestContext(proxy: TrustedProxy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.env?.incoming;
    const peer = incoming?.socket.remoteAddress;
    const requestId = requestIdFor(incoming?.headers[requestIdHeader], proxy.trusts(peer));
    c.set('requestId', requestId);
    c.set('clientAddress', proxy.clientAddress(peer, incoming?.headers['x-forwarded-for']));
    await withLogContext({ requestId }, () => next());
    try {
      c.res.headers.set('X-Request-Id', requestId);
    } catch {
      // A response with immutable headers (none of ours today) goes out without it.
    }
  };
}
