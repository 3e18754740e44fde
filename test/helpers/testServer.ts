import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, type Config } from '../../server/config';
import { createLogger, type Logger } from '../../server/logger';
import { startServer, type RunningServer, type ServerDeps } from '../../server/main';
import { databaseUrlForDataDir } from './testEngine';


export interface TestServer extends RunningServer {
  readonly dataDir: string;
  readonly wsUrl: string;
  /** Log lines the server wrote, parsed; tests read them to check what was logged. */
  readonly logs: Record<string, unknown>[];
}

export function makeTempDir(prefix = 'bridgeplan-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function captureLogger(into: Record<string, unknown>[]): Logger {
  return createLogger('debug', (line) => into.push(JSON.parse(line) as Record<string, unknown>));
}

/** The real server in this process, on a free port with its own data folder. */
export async function startTestServer(
  overrides: Partial<Config> = {},
  deps: ServerDeps = {},
): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? makeTempDir();
  const logs: Record<string, unknown>[] = [];
  const databaseUrl = overrides.databaseUrl ?? databaseUrlForDataDir(dataDir) ?? defaultConfig.databaseUrl;
  const server = await startServer(
    { ...defaultConfig, port: 0, host: '127.0.0.1', roomUnloadDelayMs: 200, ...overrides, databaseUrl, dataDir },
    { staticDir: null, logger: captureLogger(logs), ...deps },
  );
  return { ...server, dataDir, logs, wsUrl: `${server.url.replace('http', 'ws')}/collab` };
}
