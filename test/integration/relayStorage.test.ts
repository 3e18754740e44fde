import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { allowEveryone } from '../../server/collab/access';
import { startCluster, type TestCluster } from '../helpers/cluster';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, postgresReachable, redisReachable, testRedisUrl } from '../helpers/externalServices';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const postgresUp = await postgresReachable();
const redisUp = await redisReachable();

/** How many update rows PostgreSQL holds for one document (besides its snapshot). */
async function storedRows(databaseUrl: string, docName: string): Promise<number> {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get('schema')!;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${schema}.document_updates WHERE doc_name = $1`, [docName]);
    return Number(rows[0]!.count);
  } finally {
    await client.end();
  }
}

const appendsOn = async (server: TestServer): Promise<number> => {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/bridgeplan_store_append_seconds_count (\d+)/.exec(text)?.[1] ?? 0);
};

describeWithService('PostgreSQL and Redis', postgresUp && redisUp, 'two instances sharing one PostgreSQL store each update once', () => {
  let cluster: TestCluster;
  let a: TestServer;
  let b: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const connect = (server: TestServer, member: string): CollabClient => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[member]!.token } });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    // No compaction during the test: every stored update stays a row to count.
    cluster = await startCluster(2, { compactAfterUpdates: 10_000 });
    [a, b] = cluster.instances as [TestServer, TestServer];
    team = await seedTeam(a.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster.close();
  });

  it('stores what a peer on A typed once, though B applied and showed it too', async () => {
    const onA = connect(a, 'manager');
    const onB = connect(b, 'teacher');
    await Promise.all([onA.synced, onB.synced]);
    let expected = '';
    for (let i = 0; i < 12; i += 1) {
      onA.text.insert(onA.text.length, `line ${i}. `);
      expected += `line ${i}. `;
      // One edit at a time reaches B, so each is its own relayed message.
      await eventually(() => expect(onB.text.toString()).toBe(expected));
    }
    for (let i = 0; i < 6; i += 1) {
      onB.text.insert(0, `b${i} `);
      expected = `b${i} ${expected}`;
      await eventually(() => expect(onA.text.toString()).toBe(expected));
    }
    // Before: every relayed update was appended again by the receiving instance (36 rows).
    const rows = await storedRows(cluster.databaseUrl, team.planDoc);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(18);
    expect(await appendsOn(a)).toBeLessThanOrEqual(12);
    expect(await appendsOn(b)).toBeLessThanOrEqual(6);

    // And what was stored once is all there: a third instance loads it whole.
    for (const client of clients.splice(0)) client.destroy();
    const reader = await startTestServer({ dataDir: a.dataDir, databaseUrl: cluster.databaseUrl, redisUrl: null });
    try {
      const fresh = connectClient(reader.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
      clients.push(fresh);
      await fresh.synced;
      expect(fresh.text.toString()).toBe(expected);
    } finally {
      for (const client of clients.splice(0)) client.destroy();
      await reader.close();
    }
  });
});

describeWithService('Redis', redisUp, 'two instances with stores of their own', () => {
  const dirs: string[] = [];
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.allSettled(servers.splice(0).map((server) => server.close()));
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('still store what the other instance relayed, so each store has the whole document', async () => {
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const start = async (dataDir: string) => {
      const server = await startTestServer({ dataDir, redisUrl: testRedisUrl, redisChannelPrefix: prefix }, { authorize: allowEveryone });
      servers.push(server);
      return server;
    };
    const [dirA, dirB] = [makeTempDir(), makeTempDir()];
    dirs.push(dirA, dirB);
    const [a, b] = [await start(dirA), await start(dirB)];
    await eventually(() => expect(a.relay!.isUp && b.relay!.isUp).toBe(true));
    const docName = `${randomUUID()}/plan`;
    const onA = connectClient(a.wsUrl, docName);
    const onB = connectClient(b.wsUrl, docName);
    clients.push(onA, onB);
    await Promise.all([onA.synced, onB.synced]);
    onA.text.insert(0, 'typed on A. ');
    await eventually(() => expect(onB.text.toString()).toBe('typed on A. '));
    onB.text.insert(onB.text.length, 'typed on B.');
    await eventually(() => expect(onA.text.toString()).toBe('typed on A. typed on B.'));

    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(servers.splice(0).map((server) => server.close()));
    // B's own store, opened alone, holds A's words too.
    const alone = await startTestServer({ dataDir: dirB }, { authorize: allowEveryone });
    servers.push(alone);
    const reader = connectClient(alone.wsUrl, docName);
    clients.push(reader);
    await reader.synced;
    expect(reader.text.toString()).toBe('typed on A. typed on B.');
  });
});
