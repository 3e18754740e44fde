import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';
import { seedTeam } from '../helpers/seed';

describe('collaboration rooms', () => {
  let server: TestServer;
  let docs: Record<'ws1/plan' | 'ws2/plan', string>;
  let token: string;
  const clients: CollabClient[] = [];
  const client = (doc: keyof typeof docs, options: { name?: string } = {}) => {
    const c = connectClient(server.wsUrl, docs[doc], { ...options, params: { token } });
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    server = await startTestServer();
    const first = await seedTeam(server.services);
    const second = await seedTeam(server.services);
    // One person on both teams, so one token opens both plans.
    await server.services.workspaces.addMember(second.workspaceId, first.members.manager!.userId, 'teacher', null);
    docs = { 'ws1/plan': first.planDoc, 'ws2/plan': second.planDoc };
    token = first.members.manager!.token;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
  });

  it('converges concurrent edits from two clients', async () => {
    const a = client('ws1/plan');
    const b = client('ws1/plan');
    await Promise.all([a.synced, b.synced]);
    for (let i = 0; i < 50; i += 1) {
      a.text.insert(0, `a${i} `);
      b.text.insert(b.text.length, `b${i} `);
    }
    await eventually(() => expect(a.text.toString()).toBe(b.text.toString()));
    expect(a.text.toString()).toContain('a49 ');
    expect(a.text.toString()).toContain('b49 ');
    expect(a.text.length).toBe(b.text.length);
  });

  it('gives a late joiner the full state', async () => {
    const a = client('ws1/plan');
    await a.synced;
    a.doc.getMap('goal').set('target', '80% of trials');
    a.text.insert(0, 'Present levels: writes 3 letters legibly.');
    const late = client('ws1/plan');
    await late.synced;
    await eventually(() => expect(late.text.toString()).toBe('Present levels: writes 3 letters legibly.'));
    expect(late.doc.getMap('goal').get('target')).toBe('80% of trials');
  });

  it('keeps documents apart', async () => {
    const a = client('ws1/plan');
    const b = client('ws2/plan');
    await Promise.all([a.synced, b.synced]);
    a.text.insert(0, 'only in ws1');
    const check = client('ws1/plan');
    await eventually(() => expect(check.text.toString()).toBe('only in ws1'));
    expect(b.text.toString()).toBe('');
  });

  it('removes a leaving client from presence at once', async () => {
    // Presence shows the signed-in name (here both sockets are the same seeded person's).
    const a = client('ws1/plan', { name: 'manager' });
    const b = client('ws1/plan', { name: 'manager' });
    await Promise.all([a.synced, b.synced]);
    await eventually(() => expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(true));
    b.provider.disconnect();
    // Without the removal on close, the state would linger for the 30 s awareness timeout.
    await eventually(() => expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false), 3_000);
  });

  it('shows no presence under a name other than the signed-in one', async () => {
    const honest = client('ws1/plan', { name: 'manager' });
    const impostor = client('ws1/plan', { name: 'Dad' });
    await Promise.all([honest.synced, impostor.synced]);
    const watcher = client('ws1/plan');
    await watcher.synced;
    await eventually(() => expect(watcher.provider.awareness.getStates().has(honest.doc.clientID)).toBe(true));
    expect(watcher.provider.awareness.getStates().has(impostor.doc.clientID)).toBe(false);
  });

  it('unloads an empty room and reloads it identically', async () => {
    const a = client('ws1/plan');
    await a.synced;
    a.text.insert(0, 'Uses a slant board for writing tasks.');
    a.doc.getArray('supports').push(['visual schedule', 'pencil grip']);
    await eventually(() => expect(server.registry.openRoomCount).toBe(1));
    const before = Y.encodeStateAsUpdate(a.doc);
    a.provider.disconnect();
    await eventually(() => expect(server.registry.openRoomCount).toBe(0));

    const b = client('ws1/plan');
    await b.synced;
    await eventually(() => expect(b.text.toString()).toBe('Uses a slant board for writing tasks.'));
    expect(b.doc.getArray('supports').toArray()).toEqual(['visual schedule', 'pencil grip']);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(b.doc));
    const original = new Y.Doc();
    Y.applyUpdate(original, before);
    expect(Y.encodeStateVector(reloaded)).toEqual(Y.encodeStateVector(original));
  });

  it('refuses an invalid document name before upgrading', async () => {
    const { upgradeStatus } = await import('../helpers/rawSocket');
    expect(await upgradeStatus(`${server.wsUrl}/bad%20name`)).toBe(400);
    expect(await upgradeStatus(`${server.wsUrl}/a/b/c/d/e`)).toBe(400);
    expect(await upgradeStatus(`${server.url.replace('http', 'ws')}/elsewhere`)).toBe(404);
  });

  it('answers the health check', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });
});
