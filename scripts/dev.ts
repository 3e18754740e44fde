import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `npm run dev`: the API server (restarted on change) on BRIDGEPLAN_API_PORT, and Vite's dev
 * server on 5173 proxying /api, /healthz and /collab to it. Open http://localhost:5173.
 */
const apiPort = process.env.BRIDGEPLAN_API_PORT ?? '3001';
const env = { ...process.env, BRIDGEPLAN_API_PORT: apiPort };

const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/start.ts'], {
    stdio: 'inherit',
    env: { ...env, PORT: apiPort, SKIP_CLIENT_BUILD: '1' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit', env }),
];

const stop = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) child.once('exit', (code) => {
  stop();
  process.exitCode = code ?? 0;
});
