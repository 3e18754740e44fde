import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { haproxyConfig } from '../../scripts/haproxyConfig';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, freshSchema, postgresReachable, redisReachable, testDatabaseUrl, testRedisUrl } from '../helpers/externalServices';
import { seedDataDir, type SeededTeam } from '../helpers/seed';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const haproxyInstalled = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
const ready = haproxyInstalled && (await postgresReachable()) && (await redisReachable());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const healthOf = async (url: string): Promise<{ rooms: number; instance: string }> =>
  (await (await fetch(`${url}/healthz`)).json()) as { rooms: number; instance: string };

describeWithService('HAProxy, PostgreSQL and Redis', ready, 'two instance processes behind deploy/haproxy.cfg', () => {
  const dataDir = makeTempDir('bridgeplan-proxy-');
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let team: SeededTeam;
  const instances: SpawnedServer[] = [];
  let proxy: ChildProcess;
  let proxyUrl: string;
  const clients: CollabClient[] = [];
  const connect = (member: string): CollabClient => {
    const client = connectClient(`${proxyUrl.replace('http', 'ws')}/collab`, team.planDoc, { params: { token: team.members[member]!.token } });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    schema = await freshSchema();
    const databaseUrl = `${testDatabaseUrl}?schema=${schema.schema}`;
    // PostgreSQL holds the accounts too: the team is seeded where both instances read it.
    team = await seedDataDir(dataDir, { manager: 'case_manager', teacher: 'teacher' }, { databaseUrl });
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      REDIS_URL: testRedisUrl,
      REDIS_CHANNEL_PREFIX: `test-${randomUUID().slice(0, 8)}`,
      // As npm run cluster runs them: HAProxy's X-Forwarded-For entry and request id are believed.
      TRUST_PROXY: '1',
    };
    // One at a time, so afterAll stops whatever started even if the second fails.
    for (let i = 0; i < 2; i += 1) instances.push(await spawnServer(env));
    const proxyPort = await freePort();
    const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-haproxy-')), 'haproxy.cfg');
    fs.writeFileSync(configFile, haproxyConfig(proxyPort, instances.map((instance) => Number(new URL(instance.url).port))));
    proxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: 'ignore' });
    proxyUrl = `http://127.0.0.1:${proxyPort}`;
    await eventually(async () => expect((await fetch(`${proxyUrl}/healthz`)).status).toBe(200), 20_000);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    proxy?.kill('SIGTERM');
    await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
    await schema?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('spreads REST round-robin and keeps /metrics off the proxy', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i += 1) seen.add((await healthOf(proxyUrl)).instance);
    expect(seen.size).toBe(2);
    expect((await fetch(`${proxyUrl}/metrics`)).status).toBe(404);
  });

  it('gives each request HAProxy’s request id, and counts forged X-Forwarded-For guesses against the real address', async () => {
    const answer = await fetch(`${proxyUrl}/healthz`, { headers: { 'x-request-id': 'chosen-by-the-client' } });
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-/i);
    expect(answer.headers.get('x-request-id')).not.toBe('chosen-by-the-client');

    // Spread round-robin over both instances, each with a made-up address in front of the
    // one HAProxy appends: together they get the address rule's 10 free attempts, no more.
    const statuses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        fetch(`${proxyUrl}/api/auth/signin`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: proxyUrl, 'x-forwarded-for': `203.0.113.${i + 1}` },
          body: JSON.stringify({ email: `nobody${i}@example.org`, password: 'a guess at it' }),
        }).then((response) => response.status),
      ),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  });

  it('sends every socket of a document to one instance, and after kill -9 of it loses nothing a peer saw', async () => {
    const writer = connect('manager');
    const reader = connect('teacher');
    await Promise.all([writer.synced, reader.synced]);
    for (let i = 0; i < 20; i += 1) writer.text.insert(writer.text.length, `line ${i}. `);
    await eventually(() => expect(reader.text.toString()).toContain('line 19. '));
    const rooms = await Promise.all(instances.map((instance) => healthOf(instance.url)));
    expect(rooms.map((health) => health.rooms).sort()).toEqual([0, 1]);

    // The instance holding the document dies mid-meeting, and the writer's laptop with it.
    const holder = instances[rooms.findIndex((health) => health.rooms === 1)]!;
    const seenByReader = reader.text.toString();
    writer.destroy();
    await holder.kill('SIGKILL');

    // The reader reconnects through the proxy to the surviving instance; a newcomer joins there.
    const newcomer = connect('manager');
    await newcomer.synced;
    await eventually(() => expect(newcomer.text.toString()).toBe(seenByReader), 20_000);
    reader.text.insert(reader.text.length, 'after the crash.');
    await eventually(() => expect(newcomer.text.toString()).toBe(`${seenByReader}after the crash.`), 20_000);
    expect(reader.text.toString()).toBe(`${seenByReader}after the crash.`);
  });
});
