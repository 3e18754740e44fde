import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger';
import { projectRoot } from './projectRoot';
const sourceDirs = ['client', 'shared'].map((dir) => path.join(projectRoot, dir));
const sourceFiles = ['vite.config.ts', 'package-lock.json'].map((file) => path.join(projectRoot, file));
const builtIndex = path.join(projectRoot, 'dist', 'client', 'index.html');

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when there is no build, or a client source is newer than it. */
export function isClientBuildStale(): boolean {
  if (!fs.existsSync(builtIndex)) return true;
  const builtAt = fs.statSync(builtIndex).mtimeMs;
  return [...sourceDirs, ...sourceFiles].some((source) => newestMtime(source) > builtAt);
}

/** Runs Vite's production build when the client sources changed since the last one. */
export async function buildClientIfStale(logger: Logger): Promise<void> {
  if (!isClientBuildStale()) return;
  logger.info('building the client (first start or sources changed)');
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
  logger.info('client built');
}
