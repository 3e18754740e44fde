import { connectClient } from '../helpers/collabClient';
const c = connectClient(process.argv[2]!, 'dbg-b');
c.provider.on('status', (e) => console.error('status', e.status));
c.provider.on('connection-error', (e) => console.error('err', (e as unknown as {message?: string; error?: unknown}).message, String((e as unknown as {error?: unknown}).error)));
c.provider.on('connection-close', (e) => console.error('close', e?.code, e?.reason));
await c.synced; console.error('synced'); c.destroy(); process.exit(0);
