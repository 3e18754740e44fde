import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobCipher } from '../../server/store/BlobCipher';
import { databaseFileName, openDatabase } from '../../server/store/sqlite/openDatabase';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { WalCheckpointer } from '../../server/store/sqlite/walCheckpointer';
import { captureLogger, makeTempDir } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** Rows of a document in the database file alone, as if its write-ahead log were lost. */
function rowsInMainFile(dataDir: string, docName: string): number {
  const copy = path.join(makeTempDir(), 'copy.sqlite');
  fs.copyFileSync(path.join(dataDir, databaseFileName), copy);
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS rows FROM document_updates WHERE doc_name = ?').get(docName) as { rows: number }).rows;
  } finally {
    db.close();
  }
}

describe('WalCheckpointer', () => {
  let store: SqliteDocumentStore | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('moves what the rooms append into the database file, and loses nothing on close', async () => {
    const dataDir = makeTempDir();
    const logs: Record<string, unknown>[] = [];
    const db = openDatabase(dataDir);
    store = new SqliteDocumentStore(db, new BlobCipher(null), new WalCheckpointer(db, captureLogger(logs), 20));
    const updates = Array.from({ length: 40 }, (_, i) => Uint8Array.from([i, 1, 2, 3]));
    for (let i = 0; i < updates.length; i += 4) await store.appendUpdates('ws/plan', updates.slice(i, i + 4));

    // The writer's own connection never checkpoints at these sizes; the rounds do.
    await eventually(() => expect(rowsInMainFile(dataDir, 'ws/plan')).toBe(40));
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(1000);

    await store.appendUpdates('ws/plan', [Uint8Array.from([99])]);
    await store.close();
    store = new SqliteDocumentStore(openDatabase(dataDir));
    const stored = await store.loadDocument('ws/plan');
    expect(stored.updates).toHaveLength(41);
    expect(logs.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
  });

  it('lets the log start over between bursts of edits, so it stays the size of one burst', async () => {
    const dataDir = makeTempDir();
    const logs: Record<string, unknown>[] = [];
    const db = openDatabase(dataDir);
    store = new SqliteDocumentStore(db, new BlobCipher(null), new WalCheckpointer(db, captureLogger(logs), 20));
    const update = new Uint8Array(2048).fill(7);
    const bursts = 40;
    const perBurst = 25;
    for (let burst = 1; burst <= bursts; burst += 1) {
      for (let i = 0; i < perBurst; i += 1) await store.appendUpdates('ws/plan', [update]);
      await eventually(() => expect(rowsInMainFile(dataDir, 'ws/plan')).toBe(burst * perBurst));
      // The pause between bursts in a meeting: the round that copied the burst finishes.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // A thousand commits went through the log, over 4 MiB of pages; had it never started over
    // it would hold all of them.
    const logBytes = fs.statSync(path.join(dataDir, `${databaseFileName}-wal`)).size;
    expect(logBytes).toBeLessThan(2 * 1024 * 1024);
    expect(logs.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
  });

  it('hands checkpoints back to SQLite when a round cannot run, and loses nothing', async () => {
    const dataDir = makeTempDir();
    const logs: Record<string, unknown>[] = [];
    const db = openDatabase(dataDir);
    // Without a write-ahead log there is no log file for a round to make durable.
    db.pragma('journal_mode = DELETE');
    store = new SqliteDocumentStore(db, new BlobCipher(null), new WalCheckpointer(db, captureLogger(logs), 20));
    await store.appendUpdates('ws/plan', [Uint8Array.from([1])]);

    await eventually(() => expect(logs.some((line) => line.level === 'error' && String(line.message).includes('checkpoint round failed'))).toBe(true));
    await store.appendUpdates('ws/plan', [Uint8Array.from([2])]);
    await store.close();
    store = new SqliteDocumentStore(openDatabase(dataDir));
    expect((await store.loadDocument('ws/plan')).updates).toHaveLength(2);
  });
});
