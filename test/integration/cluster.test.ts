import { afterEach, beforeEach, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/closeCodes';
import { apiClient } from '../helpers/apiClient';
import { startCluster, type TestCluster } from '../helpers/cluster';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, postgresReachable, redisReachable } from '../helpers/externalServices';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import type { TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const servicesUp = (await postgresReachable()) && (await redisReachable());

const health = async (server: TestServer): Promise<Record<string, unknown>> =>
  (await (await fetch(`${server.url}/healthz`)).json()) as Record<string, unknown>;

describeWithService('PostgreSQL and Redis', servicesUp, 'several instances behind one PostgreSQL and one Redis', () => {
  let cluster: TestCluster;
  let a: TestServer;
  let b: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const connect = (server: TestServer, member: string, name?: string): CollabClient => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[member]!.token }, ...(name ? { name } : {}) });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    cluster = await startCluster(2);
    [a, b] = cluster.instances as [TestServer, TestServer];
    team = await seedTeam(a.services, { manager: 'case_manager', teacher: 'teacher' });
    await eventually(async () => {
      expect((await health(a)).redis).toBe('up');
      expect((await health(b)).redis).toBe('up');
    });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster.close();
  });

  it('lets peers on two instances edit together and converge', async () => {
    const onA = connect(a, 'manager', 'manager');
    const onB = connect(b, 'teacher', 'teacher');
    await Promise.all([onA.synced, onB.synced]);
    for (let i = 0; i < 30; i += 1) {
      onA.text.insert(0, `a${i} `);
      onB.text.insert(onB.text.length, `b${i} `);
    }
    await eventually(() => expect(onA.text.toString()).toBe(onB.text.toString()));
    expect(onA.text.toString()).toContain('a29 ');
    expect(onA.text.toString()).toContain('b29 ');
    expect(onA.text.length).toBe(30 * 'aNN '.length - 10 + 30 * 'bNN '.length - 10);

    // Presence crosses instances too: each sees the other's caret with the signed-in name.
    await eventually(() => {
      const namesOnA = [...onA.provider.awareness.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name);
      const namesOnB = [...onB.provider.awareness.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name);
      expect(namesOnA).toContain('teacher');
      expect(namesOnB).toContain('manager');
    });
  });

  it('gives someone opening the document on the other instance everything already typed', async () => {
    const onA = connect(a, 'manager');
    await onA.synced;
    onA.text.insert(0, 'Reads 40 words a minute.');
    const onB = connect(b, 'teacher');
    await onB.synced;
    await eventually(() => expect(onB.text.toString()).toBe('Reads 40 words a minute.'));
    onB.text.insert(onB.text.length, ' Goal: 90.');
    await eventually(() => expect(onA.text.toString()).toBe('Reads 40 words a minute. Goal: 90.'));
  });

  it('closes a removed member’s socket on the other instance within a second', async () => {
    const onB = connect(b, 'teacher');
    await onB.synced;
    const closes: number[] = [];
    onB.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    const manager = apiClient(a.url, { cookie: team.members.manager!.cookie });
    const removed = await manager.request('DELETE', `/api/workspaces/${team.workspaceId}/members/${team.members.teacher!.userId}`);
    expect(removed.status).toBe(204);
    await eventually(() => expect(closes).toContain(CloseCodes.forbidden.code), 1_000);

    const metrics = await (await fetch(`${b.url}/metrics`)).text();
    expect(metrics).toMatch(/bridgeplan_socket_closes_total\{code="4403"\} 1/);
  });

  it('keeps serving through a Redis outage and catches up when it is back', async () => {
    const onA = connect(a, 'manager');
    const onB = connect(b, 'teacher');
    await Promise.all([onA.synced, onB.synced]);
    onA.text.insert(0, 'before. ');
    await eventually(() => expect(onB.text.toString()).toBe('before. '));

    a.relay!.dropConnections();
    await eventually(async () => expect(await health(a)).toMatchObject({ status: 'degraded', redis: 'down', db: 'up' }));
    // Each instance keeps serving its own peers meanwhile.
    const localOnA = connect(a, 'manager');
    await localOnA.synced;
    onA.text.insert(onA.text.length, 'typed on A while cut off. ');
    onB.text.insert(onB.text.length, 'typed on B while cut off. ');
    await eventually(() => expect(localOnA.text.toString()).toContain('typed on A while cut off. '));

    await a.relay!.reconnect();
    await eventually(() => {
      expect(onA.text.toString()).toBe(onB.text.toString());
      expect(onA.text.toString()).toContain('typed on A while cut off. ');
      expect(onA.text.toString()).toContain('typed on B while cut off. ');
    });
    expect(onA.text.toString().split('typed on B').length).toBe(2);
    expect((await health(a)).redis).toBe('up');
  });

  it('reports each instance’s rooms, sockets and relay in /metrics', async () => {
    const onA = connect(a, 'manager');
    const onB = connect(b, 'teacher');
    await Promise.all([onA.synced, onB.synced]);
    onA.text.insert(0, 'measured');
    await eventually(() => expect(onB.text.toString()).toBe('measured'));
    const text = await (await fetch(`${b.url}/metrics`)).text();
    expect(text).toMatch(/bridgeplan_open_rooms 1/);
    expect(text).toMatch(/bridgeplan_open_sockets 1/);
    expect(text).toMatch(/bridgeplan_relay_lag_seconds_count [1-9]/);
    expect(text).toMatch(/bridgeplan_socket_messages_out_total [1-9]/);
    // The instance the edit was typed on stored it; B, sharing the store, did not store it again.
    expect(await (await fetch(`${a.url}/metrics`)).text()).toMatch(/bridgeplan_store_append_seconds_count [1-9]/);
    expect(text).toMatch(/bridgeplan_store_append_seconds_count 0/);
  });
});
