import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from '../logger';
import { metricsEndpoint } from '../metrics/metricsEndpoint';
import type { ServerMetrics } from '../metrics/ServerMetrics';
import type { Services } from '../services';
import type { AppEnv } from './AppEnv';
import { createErrorHandler, notFound } from './errors';
import { checkOrigin, requireSameSiteExport, withServices } from './middleware';
import { limitBody } from './bodyLimit';
import { serveClient } from './serveClient';
import { requestContext } from './requestContext';
import { TrustedProxy } from '../trustedProxy';
import { consentGate } from './consentGate';
import { apiRouteGroups } from './apiRouteGroups';
import { unsubscribeRoutes } from './routes/notificationRoutes';

export interface AppOptions {
  readonly logger: Logger;
  readonly services: Services;
  /** Folder holding the built client; when absent only the API is served. */
  readonly staticDir: string | null;
  readonly health: () => Record<string, number | string> | Promise<Record<string, number | string>>;
  /** Served at /metrics (Prometheus text) when given. */
  readonly metrics?: { readonly registry: ServerMetrics; readonly token: string | null };
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(options.logger.child('http')));
  app.use('*', requestContext(new TrustedProxy(options.services.config.trustProxy)));

  // Sockets go to this origin only ('self' covers ws:/wss: of it in current browsers); with
  // PUBLIC_URL set, its ws(s) form is listed too for browsers that read 'self' narrowly.
  const publicUrl = options.services.config.publicUrl;
  const ownSockets = publicUrl ? [publicUrl.replace(/^http/, 'ws')] : [];
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The editor positions carets and menus with inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", ...ownSockets],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );

  // 503 only when this instance cannot serve at all, so a proxy's health check sends its
  // sockets elsewhere; a degraded instance (Redis or the database away) still serves its peers.
  app.get('/healthz', async (c) => {
    const health = { status: 'ok', ...(await options.health()) };
    return c.json(health, health.status === 'unavailable' ? 503 : 200);
  });
  if (options.metrics) app.get('/metrics', metricsEndpoint(options.metrics.registry, options.metrics.token));
  // Before the CSRF check: mail clients post the one-click unsubscribe without an Origin.
  app.route('/api', unsubscribeRoutes(options.services));
  // Before anything else on the API: a body over the limit is refused before it is read.
  app.use('/api/*', limitBody(options.services.config.maxBodyBytes));
  app.use('/api/*', withServices(options.services), checkOrigin, requireSameSiteExport);
  // A clinic therapist reaches only the parts of a student's record the parent's consent ticks.
  app.use('/api/workspaces/*', consentGate);
  // API answers must never be cached: they carry a child's records.
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  for (const routes of apiRouteGroups()) {
    app.route('/api', routes);
  }
  app.all('/api/*', () => {
    throw notFound('No such API route.');
  });

  const staticDir = options.staticDir;
  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) serveClient(app, staticDir, options.logger.child('http'), options.services.config.pageReadsBudgetMs);
  return app;
}
