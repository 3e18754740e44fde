import { afterEach, beforeEach, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/closeCodes';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, freshSchema, postgresReachable, testDatabaseUrl } from '../helpers/externalServices';
import { seedTeam } from '../helpers/seed';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const postgresUp = await postgresReachable();

describeWithService('PostgreSQL', postgresUp, 'the server with its documents in PostgreSQL', () => {
  let schema: { schema: string; drop: () => Promise<void> };
  let proxy: TcpProxy;
  let databaseUrl: string;
  const dataDir = makeTempDir();
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    schema = await freshSchema();
    const target = new URL(testDatabaseUrl);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    target.port = String(proxy.port);
    databaseUrl = `${target.toString()}?schema=${schema.schema}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    await proxy.close();
    await schema.drop();
  });

  const start = async () => {
    const server = await startTestServer({ dataDir, databaseUrl });
    servers.push(server);
    return server;
  };

  it('keeps what was typed across a restart, and says where documents live', async () => {
    const first = await start();
    const team = await seedTeam(first.services);
    const writer = connectClient(first.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(writer);
    await writer.synced;
    writer.text.insert(0, 'Stored in PostgreSQL.');
    await eventually(async () => {
      const stored = await first.services.documents.loadDoc(team.planDoc);
      expect(stored.getText('text').toString()).toBe('Stored in PostgreSQL.');
    });
    expect(await (await fetch(`${first.url}/healthz`)).json()).toMatchObject({ status: 'ok', db: 'up', documents: 'postgres', redis: 'not used' });
    writer.destroy();
    await servers.pop()!.close();

    const second = await start();
    const reader = connectClient(second.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(reader);
    await eventually(() => expect(reader.text.toString()).toBe('Stored in PostgreSQL.'));
  });

  it('refuses edits it cannot store while PostgreSQL is away, and the client keeps them', async () => {
    const server = await start();
    const team = await seedTeam(server.services);
    const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(writer);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    await writer.synced;
    writer.text.insert(0, 'Saved. ');
    await eventually(async () => expect(await (await fetch(`${server.url}/metrics`)).text()).toMatch(/bridgeplan_updates_stored_total [1-9]/));

    proxy.cut();
    writer.text.insert(writer.text.length, 'Typed while the database was away.');
    await eventually(() => expect(closes).toContain(CloseCodes.documentUnavailable.code));
    expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ status: 'degraded', db: 'down' });

    proxy.restore();
    // The client reconnects on its own (4500 is not a 44xx code) and hands over what it kept.
    const reader = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(reader);
    await eventually(() => expect(reader.text.toString()).toBe('Saved. Typed while the database was away.'), 20_000);
  });
});
