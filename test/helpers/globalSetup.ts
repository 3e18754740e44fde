import { build } from 'vite';
import { isClientBuildStale } from '../../server/buildClient';

/** Browser tests need the built client; build it once for the whole run if sources changed. */
export default async function setup(): Promise<void> {
  if (isClientBuildStale()) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
