import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * Runs Vite's production build when the client sources changed since the last one.
 *
 * In a process of its own: a build loads the bundler's native code and peaks at about
 * 500 MB, and none of that is handed back to the system once the build ends, so a server
 * that built in its own process went on serving from 600 MB instead of under 100.
 */
export async function buildClientIfStale(logger: Logger): Promise<void> {
  if (!isClientBuildStale()) return;
  logger.info('building the client (first start or sources changed)');
  const viteCli = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const args = [viteCli, 'build', '--config', path.join(projectRoot, 'vite.config.ts'), '--logLevel', 'warn'];
  // Always the production build, whatever NODE_ENV the caller runs under (a test runner sets
  // 'test', and Vite then bundles React's development build into what `npm start` serves).
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, signal) => resolve(signal ? null : exitCode));
  });
  if (code !== 0) throw new Error(`the client build failed (${code === null ? 'killed' : `exit code ${code}`}); its errors are above`);
  logger.info('client built');
}
