import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../http/AppEnv';
import { forbidden, unauthorized } from '../http/errors';
import type { ServerMetrics } from './ServerMetrics';

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus text format. Counts only, no names or content; still, with
 * METRICS_TOKEN set it asks for that bearer token, and without one it answers only on the
 * loopback interface (a scraper on the same host, or through an SSH tunnel).
 */
export function metricsEndpoint(metrics: ServerMetrics, token: string | null) {
  return async (c: Context<AppEnv>): Promise<Response> => {
    if (token !== null) {
      const header = c.req.header('authorization') ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
      if (!sameSecret(given, token)) throw unauthorized('Metrics need the metrics token.', 'metrics_token_required');
    } else if (!loopback.has(c.env.incoming.socket.remoteAddress ?? '')) {
      throw forbidden('Metrics are served on the loopback interface only unless METRICS_TOKEN is set.', 'metrics_loopback_only');
    }
    c.header('Cache-Control', 'no-store');
    return c.body(await metrics.text(), 200, { 'Content-Type': metrics.contentType });
  };
}
