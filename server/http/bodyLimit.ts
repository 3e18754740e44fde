import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './AppEnv';
import { HttpError } from './errors';

/**
 * Refuses a request body over `maxBytes` with 413. A declared Content-Length over the limit is
 * refused before a byte is read; a chunked body is counted as it streams and refused the moment
 * it passes the limit, so no more than `maxBytes` is ever held. The connection is closed after
 * the answer rather than kept alive, so the rest of an oversized body is not read either.
 * Routes that need more than the default mount their own, larger limit before the default.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header('Connection', 'close');
      throw new HttpError(413, 'body_too_large', `The request is too large: at most ${formatBytes(maxBytes)} is accepted.`, { size: formatBytes(maxBytes) });
    },
  });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
