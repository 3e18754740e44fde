import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../server/logger';
import { BlobCipher, parseDataKey, sealedKeyId, type DataKey } from '../../server/store/BlobCipher';
import { DataKeyChangedError, PostgresDocumentStore } from '../../server/store/postgres/PostgresDocumentStore';
import { openPostgres } from '../../server/store/postgres/openPostgres';
import { sealStoredDocuments } from '../../server/store/postgres/sealStoredDocuments';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, freshSchema, postgresReachable, testDatabaseUrl } from '../helpers/externalServices';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const postgresUp = await postgresReachable();
const newKey = (): DataKey => parseDataKey(randomBytes(32).toString('hex'))!;
const sentence = 'Maya reads at grade level with a partner.';

interface StoredRow {
  name: string;
  data: Buffer;
}

describeWithService('PostgreSQL', postgresUp, 'documents in PostgreSQL sealed with DATA_KEY', () => {
  let schema: { schema: string; drop: () => Promise<void> };
  let databaseUrl: string;
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];
  const pools: pg.Pool[] = [];

  beforeEach(async () => {
    schema = await freshSchema();
    databaseUrl = `${testDatabaseUrl}?schema=${schema.schema}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    for (const pool of pools.splice(0)) if (!pool.ended) await pool.end();
    await schema.drop();
  });

  const start = async (dataKey: DataKey | null, dataKeyPrevious: DataKey | null = null) => {
    const server = await startTestServer({ dataDir: makeTempDir(), databaseUrl, dataKey, dataKeyPrevious });
    servers.push(server);
    return server;
  };
  const stop = async (server: TestServer) => {
    servers.splice(servers.indexOf(server), 1);
    await server.close();
  };
  const open = async (server: TestServer, team: SeededTeam) => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(client);
    await client.synced;
    return client;
  };
  /** Types the sentence and waits until the server has it stored, then closes the server (which compacts). */
  const typeAndStop = async (server: TestServer) => {
    const team = await seedTeam(server.services);
    const writer = await open(server, team);
    writer.text.insert(0, sentence);
    await eventually(async () => expect((await server.services.documents.loadDoc(team.planDoc)).getText('text').toString()).toBe(sentence));
    writer.destroy();
    clients.splice(clients.indexOf(writer), 1);
    await stop(server);
    return team;
  };
  /** Every snapshot and update PostgreSQL holds, as bytes on disk. */
  const storedRows = async (): Promise<StoredRow[]> => {
    const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema.schema}` });
    await client.connect();
    try {
      const { rows } = await client.query<StoredRow>(
        'SELECT name, snapshot AS data FROM documents WHERE snapshot IS NOT NULL UNION ALL SELECT doc_name, data FROM document_updates',
      );
      return rows;
    } finally {
      await client.end();
    }
  };
  const holdsSentence = (rows: readonly StoredRow[]) => rows.some((row) => row.data.includes(Buffer.from(sentence)));
  const reads = async (server: TestServer, team: SeededTeam) => {
    const reader = await open(server, team);
    await eventually(() => expect(reader.text.toString()).toBe(sentence));
  };

  it('keeps no typed sentence readable in any row, and serves it again after a restart', async () => {
    const key = newKey();
    const team = await typeAndStop(await start(key));
    const rows = await storedRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(holdsSentence(rows)).toBe(false);
    expect(rows.every((row) => sealedKeyId(row.data) === key.id)).toBe(true);
    await reads(await start(key), team);
  });

  it('refuses to start with another key, or with none, naming the key the documents are sealed with', async () => {
    const key = newKey();
    const team = await typeAndStop(await start(key));
    const other = newKey();
    await expect(start(other)).rejects.toThrow(new RegExp(`sealed with data key ${key.id}.*data key ${other.id}`));
    await expect(start(null)).rejects.toThrow(new RegExp(`sealed with data key ${key.id}.*no data key`));
    // Nothing was rewritten by the refused starts: the right key still serves the plan.
    expect((await storedRows()).every((row) => sealedKeyId(row.data) === key.id)).toBe(true);
    await reads(await start(key), team);
  });

  it('re-seals every row under the new key when started with DATA_KEY_PREVIOUS, after which the old key alone is refused', async () => {
    const oldKey = newKey();
    const team = await typeAndStop(await start(oldKey));
    const newer = newKey();
    const rotated = await start(newer, oldKey);
    const rows = await storedRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => sealedKeyId(row.data) === newer.id)).toBe(true);
    await reads(rotated, team);
    await stop(rotated);
    await expect(start(oldKey)).rejects.toThrow(/DATA_KEY_PREVIOUS/);
    await reads(await start(newer), team);
  });

  it('seals documents stored plain before DATA_KEY was set', async () => {
    const team = await typeAndStop(await start(null));
    expect(holdsSentence(await storedRows())).toBe(true);
    const key = newKey();
    const sealed = await start(key);
    const rows = await storedRows();
    expect(holdsSentence(rows)).toBe(false);
    expect(rows.every((row) => sealedKeyId(row.data) === key.id)).toBe(true);
    await reads(sealed, team);
  });

  it('re-seals once when two instances start together with a new key, and both serve the plan', async () => {
    const team = await typeAndStop(await start(null));
    const key = newKey();
    const [first, second] = await Promise.all([start(key), start(key)]);
    const resealing = [first, second].filter((server) => server.logs.some((line) => line.message === 'document blobs re-sealed in PostgreSQL'));
    expect(resealing).toHaveLength(1);
    expect(holdsSentence(await storedRows())).toBe(false);
    await reads(first, team);
    await reads(second, team);
  });

  it('takes an instance left on the old key out of service in /healthz once another rotated, so the proxy sends its sockets elsewhere', async () => {
    const oldKey = newKey();
    const left = await start(oldKey);
    const health = async (server: TestServer) => {
      const response = await fetch(`${server.url}/healthz`);
      return { status: response.status, body: (await response.json()) as { status: string; db: string } };
    };
    expect(await health(left)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', db: 'up' }) });
    const rotated = await start(newKey(), oldKey);
    expect(await health(left)).toEqual({ status: 503, body: expect.objectContaining({ status: 'unavailable', db: 'other_data_key' }) });
    expect(await health(rotated)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', db: 'up' }) });
  });

  it('refuses appends and compactions from an instance left on the old key once another rotated, and loses none of its earlier edits', async () => {
    const oldKey = newKey();
    const newer = newKey();
    const connect = async () => {
      const pool = await openPostgres({ connectionString: databaseUrl, logger: createLogger('silent') });
      pools.push(pool);
      return pool;
    };
    const stalePool = await connect();
    await sealStoredDocuments(stalePool, new BlobCipher(oldKey));
    const stale = new PostgresDocumentStore(stalePool, new BlobCipher(oldKey));
    const doc = new Y.Doc();
    doc.getText('text').insert(0, sentence);
    await stale.appendUpdate('w1/plan', Y.encodeStateAsUpdate(doc));

    const rotatedPool = await connect();
    await sealStoredDocuments(rotatedPool, new BlobCipher(newer, oldKey));
    const rotated = new PostgresDocumentStore(rotatedPool, new BlobCipher(newer));

    doc.getText('text').insert(0, 'Later: ');
    await expect(stale.appendUpdate('w1/plan', Y.encodeStateAsUpdate(doc))).rejects.toThrow(DataKeyChangedError);
    await expect(stale.writeSnapshot('w1/plan', Y.encodeStateAsUpdate(doc), 1)).rejects.toThrow(DataKeyChangedError);
    const loaded = await rotated.loadDocument('w1/plan');
    const reloaded = new Y.Doc();
    for (const update of loaded.updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('text').toString()).toBe(sentence);
    expect((await storedRows()).every((row) => sealedKeyId(row.data) === newer.id)).toBe(true);
  });
});
