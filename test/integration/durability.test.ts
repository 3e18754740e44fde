import { afterEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { CloseCodes } from '../../shared/closeCodes';
import type { Database } from '../../server/data/Database';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { openRawSocket } from '../helpers/rawSocket';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir, startTestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';
import { seedDataDir, seedTeam } from '../helpers/seed';
import { withServerDatabase } from '../helpers/serverDatabase';

/** Bytes of a document's stored snapshot (0 without one), on whichever engine the server used. */
async function snapshotBytes(db: Kysely<Database>, docName: string): Promise<number> {
  const { rows } = await sql<{ bytes: number | string | null }>`SELECT length(snapshot) AS bytes FROM documents WHERE name = ${docName}`.execute(db);
  return Number(rows[0]?.bytes ?? 0);
}

describe('durability', () => {
  const servers: SpawnedServer[] = [];
  const clients: CollabClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.kill('SIGKILL');
  });

  it('keeps every edit a peer has seen across kill -9 and a restart', async () => {
    const dataDir = makeTempDir();
    const team = await seedDataDir(dataDir);
    const params = { token: team.members.manager!.token };
    const first = await spawnServer({ DATA_DIR: dataDir, COMPACT_AFTER_UPDATES: '25' });
    servers.push(first);
    const writer = connectClient(first.wsUrl, team.planDoc, { params });
    const watcher = connectClient(first.wsUrl, team.planDoc, { params });
    clients.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);

    // Enough edits to cross the compaction threshold several times, so the reload merges a
    // snapshot and a tail of updates.
    for (let i = 0; i < 120; i += 1) writer.text.insert(writer.text.length, `edit${i};`);
    await eventually(() => expect(watcher.text.toString()).toContain('edit119;'));
    const seen = watcher.text.toString();

    await first.kill('SIGKILL');
    writer.destroy();
    watcher.destroy();

    const second = await spawnServer({ DATA_DIR: dataDir });
    servers.push(second);
    const fresh = connectClient(second.wsUrl, team.planDoc, { params });
    clients.push(fresh);
    await fresh.synced;
    await eventually(() => expect(fresh.text.toString()).toBe(seen));
  });

  it('flushes rooms and says "going away" on SIGTERM', async () => {
    const dataDir = makeTempDir();
    const team = await seedDataDir(dataDir);
    const params = { token: team.members.manager!.token };
    const server = await spawnServer({ DATA_DIR: dataDir });
    servers.push(server);
    const client = connectClient(server.wsUrl, team.planDoc, { params });
    clients.push(client);
    await client.synced;
    client.text.insert(0, 'Agreed: OT twice weekly.');
    const closeCode = new Promise<number>((resolve) =>
      client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    );
    const watcher = connectClient(server.wsUrl, team.planDoc, { params });
    clients.push(watcher);
    await eventually(() => expect(watcher.text.toString()).toBe('Agreed: OT twice weekly.'));
    expect(await server.kill('SIGTERM')).toBe(0);
    expect(await closeCode).toBe(CloseCodes.goingAway.code);
    client.provider.disconnect();
    watcher.provider.disconnect();

    // On a clean stop the log is folded into a snapshot: nothing is left to replay.
    await withServerDatabase(dataDir, async ({ db }) => {
      const { rows } = await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM document_updates`.execute(db);
      expect(Number(rows[0]!.n)).toBe(0);
      expect(await snapshotBytes(db, team.planDoc)).toBeGreaterThan(0);
    });
  });

  it('refuses to serve a document whose stored rows are damaged', async () => {
    const dataDir = makeTempDir();
    const healthy = await startTestServer({ dataDir });
    const team = await seedTeam(healthy.services);
    const otherTeam = await seedTeam(healthy.services);
    const params = { token: team.members.manager!.token };
    const writer = connectClient(healthy.wsUrl, team.planDoc, { params });
    await writer.synced;
    writer.text.insert(0, 'Goal 1: writes name legibly.');
    const watcher = connectClient(healthy.wsUrl, team.planDoc, { params });
    await eventually(() => expect(watcher.text.toString()).toBe('Goal 1: writes name legibly.'));
    writer.destroy();
    watcher.destroy();
    await healthy.close();

    // Bytes that are no Yjs update, stored as the next update of the document.
    await withServerDatabase(dataDir, ({ documents }) => documents.appendUpdate(team.planDoc, Uint8Array.from([5, 200, 1, 9, 9, 9, 9, 9, 9, 9])));

    const server = await startTestServer({ dataDir });
    try {
      const raw = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${params.token}`);
      const received: Buffer[] = [];
      raw.ws.on('message', (data: Buffer) => received.push(data));
      expect((await raw.closed).code).toBe(CloseCodes.documentUnavailable.code);
      // Nothing of the document was served before the refusal.
      expect(received).toHaveLength(0);
      // Another document on the same server is unaffected.
      const other = connectClient(server.wsUrl, otherTeam.planDoc, { params: { token: otherTeam.members.manager!.token } });
      await other.synced;
      other.destroy();
    } finally {
      await server.close();
    }
    // The damaged document was not overwritten with an empty one.
    expect(await withServerDatabase(dataDir, ({ db }) => snapshotBytes(db, team.planDoc))).toBeGreaterThan(20);
  });
});
