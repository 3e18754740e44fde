import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { parseDataKey, sealedKeyId, type DataKey } from '../../server/store/BlobCipher';
import { databaseFileName, openDatabase } from '../../server/store/sqlite/openDatabase';
import { apiClient } from '../helpers/apiClient';
import { seedGoal } from '../helpers/browserSession';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';

const sentence = 'Maya reads forty-two words per minute with the purple overlay';
const keyA = parseDataKey('a'.repeat(64))!;
const keyB = parseDataKey('b'.repeat(64))!;

/** Every byte the server left on disk for the database: the file, its log and shared memory. */
function rawDatabaseBytes(dataDir: string): Buffer {
  return Buffer.concat(
    ['', '-wal', '-shm']
      .map((suffix) => path.join(dataDir, databaseFileName + suffix))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file)),
  );
}

/** Key ids of every stored document blob, read straight from the file. */
function storedKeyIds(dataDir: string): (string | null)[] {
  const db = openDatabase(dataDir);
  try {
    const blobs = [
      ...db.prepare<[], { b: Buffer }>('SELECT snapshot AS b FROM documents WHERE snapshot IS NOT NULL').all(),
      ...db.prepare<[], { b: Buffer }>('SELECT data AS b FROM document_updates').all(),
    ];
    return blobs.map((row) => sealedKeyId(row.b));
  } finally {
    db.close();
  }
}

describe('data at rest', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  const start = async (dataDir: string, dataKey: DataKey | null, dataKeyPrevious: DataKey | null = null) => {
    const server = await startTestServer({ dataDir, dataKey, dataKeyPrevious });
    servers.push(server);
    return server;
  };
  const stop = async (server: TestServer) => {
    servers.splice(servers.indexOf(server), 1);
    await server.close();
  };
  const readPlan = async (server: TestServer, team: SeededTeam) =>
    (await apiClient(server.url, { cookie: team.members.manager!.cookie }).request<{ plan: unknown }>('GET', `/api/workspaces/${team.workspaceId}/plan`)).body.plan;

  it('keeps the data folder 0700 and every database file 0600, even ones an older version left open', async () => {
    const dataDir = path.join(makeTempDir(), 'data');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.writeFileSync(path.join(dataDir, `${databaseFileName}-wal`), '', { mode: 0o644 });
    const server = await start(dataDir, null);
    const team = await seedTeam(server.services);
    await seedGoal(server, team, 'manager', 'case_manager', { area: 'reading', target: sentence });

    const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
    expect(modeOf(dataDir)).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) expect({ suffix, mode: modeOf(path.join(dataDir, databaseFileName + suffix)) }).toEqual({ suffix, mode: 0o600 });
  });

  it('stores plan text readable in the file when no DATA_KEY is set (nothing changes)', async () => {
    const dataDir = makeTempDir();
    const server = await start(dataDir, null);
    const team = await seedTeam(server.services);
    await seedGoal(server, team, 'manager', 'case_manager', { area: 'reading', target: sentence });
    await stop(server);
    expect(rawDatabaseBytes(dataDir).includes(sentence)).toBe(true);
    expect(storedKeyIds(dataDir).every((id) => id === null)).toBe(true);
  });

  it('with DATA_KEY never writes plan text to disk, reloads the same plan, and survives a key rotation', async () => {
    const dataDir = makeTempDir();
    const first = await start(dataDir, keyA);
    const team = await seedTeam(first.services);
    await seedGoal(first, team, 'manager', 'case_manager', { area: 'reading', target: sentence, baseline: 'Twelve words per minute' });
    const before = await readPlan(first, team);
    expect(JSON.stringify(before)).toContain(sentence);
    await stop(first);
    expect(rawDatabaseBytes(dataDir).includes(sentence)).toBe(false);
    expect(new Set(storedKeyIds(dataDir))).toEqual(new Set([keyA.id]));

    // Restart with the same key: the plan is back, identical.
    const second = await start(dataDir, keyA);
    expect(await readPlan(second, team)).toEqual(before);
    await stop(second);

    // Rotate: the new key seals, the old one only opens; every blob moves to the new key.
    const rotated = await start(dataDir, keyB, keyA);
    expect(await readPlan(rotated, team)).toEqual(before);
    await stop(rotated);
    expect(new Set(storedKeyIds(dataDir))).toEqual(new Set([keyB.id]));
    expect(rawDatabaseBytes(dataDir).includes(sentence)).toBe(false);

    // The old key is no longer needed.
    const afterRotation = await start(dataDir, keyB);
    expect(await readPlan(afterRotation, team)).toEqual(before);
    await stop(afterRotation);

    // Without the key the server refuses to start rather than serve unreadable documents.
    await expect(startTestServer({ dataDir, dataKey: null })).rejects.toThrow(/data key/i);
    await expect(startTestServer({ dataDir, dataKey: keyA })).rejects.toThrow(/data key/i);
  });

  it('encrypts an existing plain data folder when DATA_KEY is first set', async () => {
    const dataDir = makeTempDir();
    const plain = await start(dataDir, null);
    const team = await seedTeam(plain.services);
    await seedGoal(plain, team, 'manager', 'case_manager', { area: 'reading', target: sentence });
    const before = await readPlan(plain, team);
    await stop(plain);

    const encrypted = await start(dataDir, keyA);
    expect(await readPlan(encrypted, team)).toEqual(before);
    await stop(encrypted);
    expect(new Set(storedKeyIds(dataDir))).toEqual(new Set([keyA.id]));
    expect(rawDatabaseBytes(dataDir).includes(sentence)).toBe(false);
  });

  it('reads DATA_KEY from the environment and refuses a weak one without repeating it', () => {
    expect(loadConfig({ DATA_KEY: 'a'.repeat(64) }).dataKey?.id).toBe(keyA.id);
    expect(loadConfig({}).dataKey).toBeNull();
    expect(() => loadConfig({ DATA_KEY: 'hunter2-secret' })).toThrow(/DATA_KEY must be 32 random bytes/);
    expect(() => loadConfig({ DATA_KEY: 'hunter2-secret' })).not.toThrow(/hunter2/);
  });
});
