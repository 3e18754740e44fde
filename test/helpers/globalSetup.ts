import { build } from 'vite';
import { isClientBuildStale } from '../../server/buildClient';

/**
 * Browser tests need the built client; build it once for the whole run if sources changed.
 * SKIP_CLIENT_BUILD=1 skips it for quick server-only runs.
 */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_CLIENT_BUILD === '1') return;
  if (isClientBuildStale()) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
