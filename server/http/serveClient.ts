import fs from 'node:fs';
import path from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './AppEnv';
import { notFound } from './errors';
import { pageHtmlFor } from './pagePreloads';

/**
 * The built client. Files under /assets/ carry a content hash in their name, so they never
 * change and may be cached forever; they are sent as the brotli or gzip copy written at build
 * time, so no CPU is spent compressing per request. The page itself is never cached, so a
 * deploy is seen on the next load.
 */
export function serveClient(app: Hono<AppEnv>, staticDir: string): void {
  const root = path.relative(process.cwd(), staticDir) || '.';
  // Source maps would publish the whole client source; the build writes them for debugging only.
  app.use('*', async (c, next) => {
    if (c.req.path.endsWith('.map') || c.req.path.startsWith('/.vite/')) throw notFound('No such file.');
    await next();
  });
  app.use(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
        c.header('Vary', 'Accept-Encoding');
      },
    }),
  );
  // A hashed file that is not there (a page from before a deploy asking for its old chunk) is a
  // 404: answering with the page would hand the browser HTML to run as JavaScript.
  app.all('/assets/*', () => {
    throw notFound('No such file.');
  });
  app.use('*', serveStatic({ root, precompressed: true, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
  // Client-side routes (/w/<workspace>/plan, /invite/<secret>, ...) all load the same page.
  // A document page's address also names its code, so the page asks for that code at once.
  const pageFor = pageHtmlFor(staticDir, fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8'));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(pageFor(c.req.path));
  });
}
