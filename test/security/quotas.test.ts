import fs from 'node:fs';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../shared/closeCodes';
import { encodeAwareness, encodeSyncStep1, encodeUpdate } from '../../server/collab/protocol';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { watchHealth, type HealthWatch } from '../helpers/healthWatch';
import { openRawSocket, type RawSocket } from '../helpers/rawSocket';
import { seedDataDir, seedTeam, type SeededTeam } from '../helpers/seed';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const closeCodeOf = (client: CollabClient) =>
  new Promise<number>((resolve) => client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));

/** One awareness message announcing `count` made-up client ids. */
function announceMany(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (let id = 1; id <= count; id += 1) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify({ cursor: null }));
  }
  return encodeAwareness(encoding.toUint8Array(encoder));
}

async function expectHealthy(health: HealthWatch): Promise<void> {
  const summary = await health.stop();
  expect(summary.failures).toBe(0);
  expect(summary.slowestMs).toBeLessThan(500);
}

/** Issue 10, item 5: floods of text, items, presence and sockets are refused; the server keeps answering. */
describe('quotas, against a server in its own process', () => {
  let dataDir: string;
  let team: SeededTeam;
  let server: SpawnedServer;
  const clients: CollabClient[] = [];
  const open = (name: string) => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[name]!.token }, name });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    dataDir = makeTempDir();
    team = await seedDataDir(dataDir, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    server = await spawnServer({ DATA_DIR: dataDir }, { compiled: true });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses three 7 MiB title updates and stores none of them', async () => {
    // Built before the watch starts: making 7 MiB of text stalls this process, not the server.
    const attack = new Y.Doc();
    attack.getText('title').insert(0, 'x'.repeat(7 * 1024 * 1024));
    const message = encodeUpdate(Y.encodeStateAsUpdate(attack));
    const health = watchHealth(server);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const attacker = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`);
      attacker.ws.send(message);
      expect((await attacker.closed).code).toBe(CloseCodes.tooLarge.code);
    }
    await expectHealthy(health);

    // After a restart the stored plan is as small as before: nothing of the attack was kept.
    await server.kill();
    server = await spawnServer({ DATA_DIR: dataDir }, { compiled: true });
    const reader = open('manager');
    await reader.synced;
    expect(reader.doc.getText('title').length).toBe(0);
    expect(Y.encodeStateAsUpdate(reader.doc).byteLength).toBeLessThan(1024);
  });

  it('refuses one awareness message announcing 10,000 client ids; peers never see them', async () => {
    const peer = open('manager');
    await peer.synced;
    const health = watchHealth(server);
    const attacker = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`);
    attacker.ws.send(announceMany(10_000));
    expect((await attacker.closed).code).toBe(CloseCodes.updateRejected.code);
    await expectHealthy(health);

    // A colleague who joins after the attack is seen; the 10,000 ids never were.
    const colleague = open('parent');
    await colleague.synced;
    await eventually(() => expect(peer.provider.awareness.getStates().has(colleague.doc.clientID)).toBe(true));
    expect(peer.provider.awareness.getStates().size).toBeLessThanOrEqual(2);
    expect(peer.provider.awareness.getStates().has(5_000)).toBe(false);
  });

  it('refuses state vectors naming 700,000 made-up clients, from a member who only suggests', async () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 700_000);
    for (let client = 1; client <= 700_000; client += 1) {
      encoding.writeVarUint(encoder, client * 4_099);
      encoding.writeVarUint(encoder, 1);
    }
    const message = encodeSyncStep1(encoding.toUint8Array(encoder));
    const health = watchHealth(server);
    const attackers = await Promise.all([1, 2, 3, 4].map(() => openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.parent!.token}`)));
    for (const attacker of attackers) attacker.ws.send(message);
    for (const attacker of attackers) expect((await attacker.closed).code).toBe(CloseCodes.updateRejected.code);
    await expectHealthy(health);
  });

  it('refuses one update written by 200,000 made-up clients; the plan opens as quickly as before', async () => {
    // One value each, as far as the header would let Yjs read: 6 MB inside the message limit.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 200_000);
    for (let client = 1; client <= 200_000; client += 1) {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, client * 7_919);
      encoding.writeVarUint(encoder, 0);
      encoding.writeUint8(encoder, 8 | 32); // a value (ContentAny) under a map key, no neighbours
      encoding.writeVarUint(encoder, 1); // its parent is a root type, by name
      encoding.writeVarString(encoder, 'participation');
      encoding.writeVarString(encoder, `k${client}`);
      encoding.writeVarUint(encoder, 1);
      encoding.writeAny(encoder, 'x');
    }
    encoding.writeVarUint(encoder, 0);
    const message = encodeUpdate(encoding.toUint8Array(encoder));
    const health = watchHealth(server);
    const attacker = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`);
    attacker.ws.send(message);
    expect((await attacker.closed).code).toBe(CloseCodes.updateRejected.code);
    await expectHealthy(health);
    const reader = open('manager');
    await reader.synced;
    expect(reader.doc.store.clients.size).toBeLessThan(10);
  });

  it('closes a socket that sends updates or presence faster than its rate limit', async () => {
    // Messages are made before the watch starts: only the server's answers are timed.
    const doc = new Y.Doc();
    const typed: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => typed.push(encodeUpdate(update)));
    for (let i = 0; i < 1_000; i += 1) doc.getText('title').insert(i, 'x');
    const presence = new Y.Doc();
    const carets: Uint8Array[] = [];
    for (let clock = 1; clock <= 500; clock += 1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, presence.clientID);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, JSON.stringify({ cursor: null }));
      carets.push(encodeAwareness(encoding.toUint8Array(encoder)));
    }

    const health = watchHealth(server);
    const flooder = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`);
    for (const message of typed) flooder.ws.send(message);
    expect((await flooder.closed).code).toBe(CloseCodes.rateLimited.code);

    const chatter = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.parent!.token}`);
    for (const message of carets) chatter.ws.send(message);
    expect((await chatter.closed).code).toBe(CloseCodes.rateLimited.code);
    await expectHealthy(health);
  });
});

describe('quotas, against a server in the test process', () => {
  let server: TestServer;
  let team: SeededTeam;
  let health: HealthWatch;
  const sockets: RawSocket[] = [];
  const clients: CollabClient[] = [];
  const open = (name: string, target = server) => {
    const client = connectClient(target.wsUrl, team.planDoc, { params: { token: team.members[name]!.token } });
    clients.push(client);
    return client;
  };
  const raw = async (name: string) => {
    const socket = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members[name]!.token}`);
    sockets.push(socket);
    return socket;
  };

  const start = async (overrides: Parameters<typeof startTestServer>[0] = {}) => {
    server = await startTestServer(overrides);
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    health = watchHealth(server);
  };
  beforeEach(() => {
    sockets.length = 0;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.ws.terminate();
    await expectHealthy(health);
    await server.close();
  });

  it('refuses the update that would take a document past its size limit, and keeps what came before', async () => {
    await start({ maxDocumentBytes: 64 * 1024 });
    const writer = open('teacher');
    await writer.synced;
    const closed = closeCodeOf(writer);
    for (let part = 0; part < 4; part += 1) writer.doc.getText('title').insert(0, `${part}`.repeat(20_000));
    expect(await closed).toBe(CloseCodes.documentFull.code);

    await expectHealthy(health);
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer({ dataDir, maxDocumentBytes: 64 * 1024 });
    health = watchHealth(server);
    const reader = open('manager');
    await reader.synced;
    expect(reader.doc.getText('title').length).toBe(60_000);
  });

  it('refuses an update with more items than the document may hold', async () => {
    await start({ maxDocumentItems: 1_000 });
    const writer = open('teacher');
    await writer.synced;
    const closed = closeCodeOf(writer);
    writer.doc.transact(() => {
      const map = writer.doc.getMap('flood');
      for (let i = 0; i < 1_200; i += 1) map.set(`k${i}`, i);
    });
    expect(await closed).toBe(CloseCodes.documentFull.code);
    const reader = open('manager');
    await reader.synced;
    expect(reader.doc.getMap('flood').size).toBe(0);
  });

  it('refuses presence states that are too large', async () => {
    await start();
    const socket = await raw('parent');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 42);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify({ blob: 'x'.repeat(8 * 1024) }));
    socket.ws.send(encodeAwareness(encoding.toUint8Array(encoder)));
    expect((await socket.closed).code).toBe(CloseCodes.tooLarge.code);
  });

  it('refuses the 21st socket of one person, and takes a new one once another closed', async () => {
    await start();
    for (let i = 0; i < 20; i += 1) await raw('teacher');
    const extra = await raw('teacher');
    expect((await extra.closed).code).toBe(CloseCodes.tooManyConnections.code);
    // Someone else is not affected.
    const colleague = await raw('parent');
    expect(colleague.ws.readyState).toBe(colleague.ws.OPEN);

    sockets[0]!.ws.close();
    await sockets[0]!.closed;
    await eventually(async () => {
      const again = await raw('teacher');
      expect(again.ws.readyState).toBe(again.ws.OPEN);
      await new Promise((resolve) => setImmediate(resolve));
      expect(again.ws.readyState).toBe(again.ws.OPEN);
    });
  });

  it('records one "document opened" row for a person opening the plan in several tabs', async () => {
    await start();
    const cookieTabs = await Promise.all([0, 1, 2].map(() => openCookieSocket(server, team)));
    for (const socket of cookieTabs) sockets.push(socket);
    const events = (await apiClient(server.url, { cookie: team.members.manager!.cookie }).request<{ events: { action: string; subject: string; actorName: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/audit`)).body.events;
    expect(events.filter((event) => event.action === 'document.opened' && event.subject === team.planDoc && event.actorName === 'parent')).toHaveLength(1);
  });
});

/** A browser tab's socket: the session cookie and our own Origin. */
async function openCookieSocket(server: TestServer, team: SeededTeam): Promise<RawSocket> {
  const { default: WebSocket } = await import('ws');
  const ws = new WebSocket(`${server.wsUrl}/${team.planDoc}`, { headers: { cookie: team.members.parent!.cookie, origin: server.url } });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, closed };
}
