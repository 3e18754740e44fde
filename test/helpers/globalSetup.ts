import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';
import { isClientBuildStale } from '../../server/buildClient';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

async function prepare(): Promise<void> {
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'start.mjs'), '--build-only'], { stdio: 'inherit' });
  if (process.env.SKIP_CLIENT_BUILD === '1') return;
  if (isClientBuildStale()) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
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
