import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStaticDir } from '../../server/main';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';

/** The code and styles a page asks for ahead (the page itself also preloads its session check). */
const preloads = (html: string): string[] => [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]* href="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);

/** A build whose manifest says the plan page needs its own chunk, a shared one and a stylesheet. */
function buildWithManifest(): string {
  const dir = makeTempDir('bridgeplan-preload-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.mkdirSync(path.join(dir, '.vite'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>Bridgeplan</title><script type="module" src="/assets/index-1.js"></script></head><body></body></html>');
  fs.writeFileSync(
    path.join(dir, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react-1.js'], dynamicImports: ['pages/PlanPage.tsx'] },
      '_react-1.js': { file: 'assets/react-1.js' },
      '_PlanView-1.js': { file: 'assets/PlanView-1.js', imports: ['_react-1.js'], css: ['assets/PlanView-1.css'] },
      'pages/PlanPage.tsx': { file: 'assets/PlanPage-1.js', isDynamicEntry: true, imports: ['_react-1.js', 'index.html', '_PlanView-1.js'], css: ['assets/PlanPage-1.css'] },
    }),
  );
  return dir;
}

describe('a document page asks for its code at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: buildWithManifest() });
  });
  afterAll(async () => {
    await server.close();
  });

  it('names the plan page’s chunks and styles in the page, leaving out what the first page loads anyway', async () => {
    const html = await (await fetch(`${server.url}/w/ws_abc/plan`)).text();
    expect(preloads(html).sort()).toEqual(['/assets/PlanPage-1.css', '/assets/PlanPage-1.js', '/assets/PlanView-1.css', '/assets/PlanView-1.js']);
    expect(html).toContain('<script type="module" src="/assets/index-1.js"></script>');
  });

  it('adds nothing to the first page, or to a page whose code the build does not name', async () => {
    for (const address of ['/', '/signin', '/w/ws_abc', '/w/ws_abc/progress', '/w/ws_abc/plan/extra']) {
      expect(preloads(await (await fetch(`${server.url}${address}`)).text()), address).toEqual([]);
    }
  });
});

describe('the real build', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: defaultStaticDir });
  });
  afterAll(async () => {
    await server.close();
  });

  it('preloads, for each document page, files the server really has', async () => {
    for (const address of ['/w/ws_abc/plan', '/w/ws_abc/meeting/m_1', '/w/ws_abc/progress', '/w/ws_abc/schedule', '/w/ws_abc/services', '/w/ws_abc/notes']) {
      const hrefs = preloads(await (await fetch(`${server.url}${address}`)).text());
      expect(hrefs.length, address).toBeGreaterThan(0);
      for (const href of hrefs) {
        const response = await fetch(`${server.url}${href}`);
        expect(response.status, href).toBe(200);
        expect(response.headers.get('content-type'), href).toMatch(href.endsWith('.css') ? /text\/css/ : /javascript/);
      }
    }
  });

  it('keeps Yjs off the first page, and names it with the code that opens a document page’s sockets', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(defaultStaticDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[] }>;
    const firstPage = new Set<string>();
    const visit = (key: string) => {
      if (firstPage.has(key)) return;
      firstPage.add(key);
      for (const imported of manifest[key]?.imports ?? []) visit(imported);
    };
    visit('index.html');
    // The sign-in page and the student list edit no document: 28 KiB they would wait for.
    expect([...firstPage].filter((key) => key.startsWith('_yjs-'))).toEqual([]);
    const planPage = preloads(await (await fetch(`${server.url}/w/ws_abc/plan`)).text());
    expect(planPage.some((href) => /\/assets\/yjs-/.test(href))).toBe(true);
    expect(planPage.some((href) => /\/assets\/earlyConnections-/.test(href))).toBe(true);
  });
});
