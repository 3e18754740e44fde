import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';

/** A built client as Vite and the precompress step leave it: hashed assets, copies, hidden maps. */
function fakeBuild(): string {
  const dir = makeTempDir('bridgeplan-static-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Bridgeplan</title><script type="module" src="/assets/index-abc123.js"></script>');
  const script = Buffer.from(`console.log(${JSON.stringify('x'.repeat(4000))});`);
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js.gz'), zlib.gzipSync(script));
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js.map'), '{"sources":["client/secret.tsx"]}');
  return dir;
}

describe('serving the built client', () => {
  let server: TestServer;
  let script: string;
  beforeAll(async () => {
    const dir = fakeBuild();
    script = fs.readFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'utf8');
    server = await startTestServer({}, { staticDir: dir });
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends hashed assets precompressed with brotli, cached forever', async () => {
    const response = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(Number(response.headers.get('content-length'))).toBeLessThan(script.length / 4);
    expect(await response.text()).toBe(script);
  });

  it('falls back to gzip, and to plain bytes for a client that accepts neither', async () => {
    const gzip = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(script);
    const plain = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('answers 404, not the page, for a hashed file that does not exist', async () => {
    const response = await fetch(`${server.url}/assets/index-old999.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
  });

  it('never serves source maps', async () => {
    expect((await fetch(`${server.url}/assets/index-abc123.js.map`)).status).toBe(404);
  });

  it('serves the page for app routes without letting it be cached', async () => {
    const response = await fetch(`${server.url}/w/some-workspace/plan`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('/assets/index-abc123.js');
  });
});
