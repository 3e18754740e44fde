import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, pageCacheKiB } from '../../server/store/sqlite/openDatabase';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { makeTempDir } from '../helpers/testServer';

function docFrom(stored: { snapshot: Uint8Array | null; updates: readonly Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('SqliteDocumentStore', () => {
  let dataDir: string;
  let store: SqliteDocumentStore;
  beforeEach(() => {
    dataDir = makeTempDir();
    store = new SqliteDocumentStore(openDatabase(dataDir));
  });
  afterEach(async () => {
    await store.close();
  });

  it('keeps a bounded page cache rather than the 16 MiB its driver is built with', () => {
    const db = openDatabase(makeTempDir());
    try {
      expect(db.pragma('cache_size', { simple: true })).toBe(-pageCacheKiB);
      expect(pageCacheKiB).toBeLessThanOrEqual(4096);
    } finally {
      db.close();
    }
  });

  it('loads a document it has never seen as empty', async () => {
    expect(await store.loadDocument('new')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });

  it('compacts the update log into a snapshot that loads to the same document', async () => {
    const source = new Y.Doc();
    const text = source.getText('text');
    let lastSeq = 0;
    source.on('update', (update: Uint8Array) => {
      void store.appendUpdate('plan', update).then((seq) => (lastSeq = seq));
    });
    for (let i = 0; i < 30; i += 1) text.insert(text.length, `step ${i}. `);
    await Promise.resolve();
    const beforeCompaction = await store.loadDocument('plan');
    expect(beforeCompaction.updates).toHaveLength(30);

    await store.writeSnapshot('plan', Y.encodeStateAsUpdate(source), lastSeq);
    text.insert(0, 'Later: ');
    await Promise.resolve();

    const after = await store.loadDocument('plan');
    expect(after.snapshot).not.toBeNull();
    expect(after.updates).toHaveLength(1);
    expect(docFrom(after).getText('text').toString()).toBe(text.toString());
  });

  it('keeps documents apart and survives reopening the file', async () => {
    await store.appendUpdate('a', Y.encodeStateAsUpdate(new Y.Doc()));
    const other = new Y.Doc();
    other.getText('text').insert(0, 'for b');
    await store.appendUpdate('b', Y.encodeStateAsUpdate(other));
    await store.close();
    store = new SqliteDocumentStore(openDatabase(dataDir));
    expect(docFrom(await store.loadDocument('b')).getText('text').toString()).toBe('for b');
    expect(docFrom(await store.loadDocument('a')).getText('text').toString()).toBe('');
  });
});
