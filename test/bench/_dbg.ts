import { fork } from 'node:child_process';
import { makeDataDir, startOurServer } from './benchServers';
const s = await startOurServer(makeDataDir());
const child = fork(import.meta.dirname + '/_dbg2.ts', [s.wsUrl], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
await new Promise((r) => { child.on('exit', r); setTimeout(r, 8000); });
child.kill(); await s.stop();
