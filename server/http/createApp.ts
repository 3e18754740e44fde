import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from '../logger';
import type { Services } from '../services';
import type { AppEnv } from './AppEnv';
import { createErrorHandler, notFound } from './errors';
import { checkOrigin, withServices } from './middleware';
import { serveClient } from './serveClient';
import { authRoutes } from './routes/authRoutes';
import { consentRoutes } from './routes/consentRoutes';
import { invitationRoutes } from './routes/invitationRoutes';
import { meetingRoutes } from './routes/meetingRoutes';
import { commentRoutes } from './routes/commentRoutes';
import { versionRoutes } from './routes/versionRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { progressRoutes } from './routes/progressRoutes';
import { tokenRoutes } from './routes/tokenRoutes';
import { workspaceRoutes } from './routes/workspaceRoutes';

export interface AppOptions {
  readonly logger: Logger;
  readonly services: Services;
  /** Folder holding the built client; when absent only the API is served. */
  readonly staticDir: string | null;
  readonly health: () => Record<string, number | string>;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(options.logger.child('http')));

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // The editor positions carets and menus with inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok', ...options.health() }));
  app.use('/api/*', withServices(options.services), checkOrigin);
  // API answers must never be cached: they carry a child's records.
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  for (const routes of [authRoutes(), tokenRoutes(), workspaceRoutes(), invitationRoutes(), consentRoutes(), meetingRoutes(), commentRoutes(), versionRoutes(), exportRoutes(), progressRoutes()]) {
    app.route('/api', routes);
  }
  app.all('/api/*', () => {
    throw notFound('No such API route.');
  });

  const staticDir = options.staticDir;
  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) serveClient(app, staticDir);
  return app;
}
