import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildClientIfStale } from '../../server/buildClient';
import { createLogger } from '../../server/logger';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

async function prepare(): Promise<void> {
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'start.mjs'), '--build-only'], { stdio: 'inherit' });
  if (process.env.SKIP_CLIENT_BUILD === '1') return;
  // The build `npm start` serves, made the way it makes it: browser tests see what ships, and a
  // start after a test run does not serve a development build.
  await buildClientIfStale(createLogger('warn'));
}

/**
 * Browser tests need the built client; build it once for the whole run if sources changed.
 * SKIP_CLIENT_BUILD=1 skips it for quick server-only runs. The server is compiled once here
 * too, so tests that run it as `npm start` does (`spawnServer(..., { compiled: true })`) never
 * compile it at the same time from two workers. Each test project calls this; the builds run once.
 */
export default async function setup(): Promise<void> {
  const shared = globalThis as { bridgeplanTestSetup?: Promise<void> };
  shared.bridgeplanTestSetup ??= prepare();
  await shared.bridgeplanTestSetup;
}
