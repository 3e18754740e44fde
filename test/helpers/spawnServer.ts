import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { databaseUrlForDataDir } from './testEngine';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/**
 * How `npm start` runs the server (`NAME=value ... node <flags> scripts/start.mjs` in
 * package.json): the variables it sets for the C library's allocator, and Node's flags.
 */
function npmStart(): { env: Record<string, string>; nodeArgs: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const parts = pkg.scripts.start.split(/\s+/);
  const assignments = parts.slice(0, parts.indexOf('node')).map((part) => part.split('=') as [string, string]);
  return { env: Object.fromEntries(assignments), nodeArgs: parts.filter((part) => part.startsWith('--')) };
}

export interface SpawnedServer {
  readonly url: string;
  readonly wsUrl: string;
  readonly pid: number;
  readonly process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * The server as `npm start` runs it, in its own process, so a test can kill -9 it or a
 * benchmark can measure its CPU and memory apart from the load generator's.
 */
export async function spawnServer(env: Record<string, string>, how: { compiled?: boolean; nodeArgs?: string[] } = {}): Promise<SpawnedServer> {
  // Compiled is exactly `npm start` (what benchmarks measure); from source skips the build step.
  const start = how.compiled ? npmStart() : { env: {}, nodeArgs: [] };
  const args = how.compiled
    ? [...start.nodeArgs, ...(how.nodeArgs ?? []), path.join(projectRoot, 'scripts', 'start.mjs')]
    : [...(how.nodeArgs ?? []), '--import', 'tsx', path.join(projectRoot, 'server', 'start.ts')];
  // Under TEST_ENGINE=postgres the process stores everything in its data folder's schema.
  const databaseUrl = env.DATABASE_URL === undefined && env.DATA_DIR ? databaseUrlForDataDir(env.DATA_DIR) : null;
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...start.env, PORT: '0', HOST: '127.0.0.1', SKIP_CLIENT_BUILD: '1', LOG_LEVEL: 'info', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stderr! });
    const timer = setTimeout(() => reject(new Error('server did not start within 30 s')), 30_000);
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { message?: string; url?: string };
        if (entry.message === 'listening' && entry.url) {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // Not a log line (a stack trace on failure); the exit below reports it.
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening`));
    });
  });
  child.stdout!.resume();
  return {
    url,
    wsUrl: `${url.replace('http', 'ws')}/collab`,
    pid: child.pid!,
    process: child,
    exited,
    kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
