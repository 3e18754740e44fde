import fs from 'node:fs';
import path from 'node:path';
import type { Context, Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './AppEnv';
import type { PageRead } from '../../shared/pageReads';
import { notFound } from './errors';
import { errorFields, type Logger } from '../logger';
import { parseRoute } from '../../shared/routes';
import { answerPageReads, answersArePersonal, withPageReads } from './pageReads';
import { pageHtmlFor } from './pagePreloads';

/**
 * The built client. Files under /assets/ carry a content hash in their name, so they never
 * change and may be cached forever; they are sent as the brotli or gzip copy written at build
 * time, so no CPU is spent compressing per request. The page itself is never cached, so a
 * deploy is seen on the next load.
 */
export function serveClient(app: Hono<AppEnv>, staticDir: string, logger: Logger, pageReadsBudgetMs: number): void {
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
  // Client-side routes (/w/<workspace>/plan, /invite/<secret>, ...) all load the same page.
  // A document page's address also names its code, so the page asks for that code at once; and
  // the page carries the answers to the reads it opens with (pageReads.ts).
  const pageFor = pageHtmlFor(staticDir, fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8'));
  const servePage = async (c: Context<AppEnv>) => {
    const html = pageFor(c.req.path);
    let reads: PageRead[] = [];
    try {
      reads = await answerPageReads(app, c, parseRoute(c.req.path), pageReadsBudgetMs);
    } catch (error) {
      // The page still opens; its code reads for itself.
      logger.warn('page reads failed', errorFields(error));
    }
    // With someone's answers in it the page holds a child's records: never stored, like the API's.
    c.header('Cache-Control', answersArePersonal(reads) ? 'no-store' : 'no-cache');
    return c.html(withPageReads(html, reads));
  };
  // Before the files: `/` would otherwise be sent as the bare index.html.
  app.get('/', servePage);
  app.use('*', serveStatic({ root, precompressed: true, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
  app.get('*', servePage);
}
