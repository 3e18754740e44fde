import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentLoadError } from '../../server/collab/DocumentLoadError';
import { Room } from '../../server/collab/Room';
import { createLogger } from '../../server/logger';
import { BlobCipher, parseDataKey } from '../../server/store/BlobCipher';
import type { DocumentStore, StoredDocument } from '../../server/store/DocumentStore';
import { snapshotDigest } from '../../server/store/heldContent';
import { PostgresDocumentStore } from '../../server/store/postgres/PostgresDocumentStore';
import { openPostgres } from '../../server/store/postgres/openPostgres';
import { sealStoredDocuments } from '../../server/store/postgres/sealStoredDocuments';
import { reencryptDocuments } from '../../server/store/sqlite/reencryptDocuments';
import { SchemaTooNewError } from '../../server/store/postgres/migrations';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { databaseFileName, openDatabase } from '../../server/store/sqlite/openDatabase';
import { describeWithService, freshSchema, postgresReachable, testDatabaseUrl } from '../helpers/externalServices';
import { makeTempDir } from '../helpers/testServer';

const logger = createLogger('silent');

/** One empty storage of an engine, which several store handles (as several processes would) can open. */
interface Storage {
  open(): Promise<DocumentStore>;
  /** Runs raw SQL against the storage, as damage or an operator would. */
  sql(statement: string): Promise<void>;
  /** Every stored snapshot and update, as the bytes on disk. */
  blobs(): Promise<Buffer[]>;
  /** The engine's literal for some bytes, given as hex. */
  bytes(hex: string): string;
  dispose(): Promise<void>;
}

interface Engine {
  readonly name: string;
  create(): Promise<Storage>;
}

const sqliteEngine = (cipher = new BlobCipher(null)): Engine => ({
  name: 'SQLite',
  async create() {
    const dir = makeTempDir();
    const opened: DocumentStore[] = [];
    return {
      async open() {
        const db = openDatabase(dir);
        // As at the server's start: rows brought to the key before the store serves.
        reencryptDocuments(db, cipher);
        const store = new SqliteDocumentStore(db, cipher);
        opened.push(store);
        return store;
      },
      async sql(statement) {
        const db = new Database(path.join(dir, databaseFileName));
        try {
          db.exec(statement);
        } finally {
          db.close();
        }
      },
      async blobs() {
        const db = new Database(path.join(dir, databaseFileName), { readonly: true });
        try {
          return db
            .prepare<[], { data: Buffer }>('SELECT snapshot AS data FROM documents WHERE snapshot IS NOT NULL UNION ALL SELECT data FROM document_updates')
            .all()
            .map((row) => row.data);
        } finally {
          db.close();
        }
      },
      bytes: (hex) => `x'${hex}'`,
      async dispose() {
        for (const store of opened) await store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

const postgresEngine = (cipher = new BlobCipher(null)): Engine => ({
  name: 'PostgreSQL',
  async create() {
    const { schema, drop } = await freshSchema();
    const opened: DocumentStore[] = [];
    return {
      async open() {
        const pool = await openPostgres({ connectionString: testDatabaseUrl, schema, logger });
        await sealStoredDocuments(pool, cipher);
        const store = new PostgresDocumentStore(pool, cipher);
        opened.push(store);
        return store;
      },
      async sql(statement) {
        const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema}` });
        await client.connect();
        try {
          await client.query(statement);
        } finally {
          await client.end();
        }
      },
      async blobs() {
        const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema}` });
        await client.connect();
        try {
          const { rows } = await client.query<{ data: Buffer }>(
            'SELECT snapshot AS data FROM documents WHERE snapshot IS NOT NULL UNION ALL SELECT data FROM document_updates',
          );
          return rows.map((row) => row.data);
        } finally {
          await client.end();
        }
      },
      bytes: (hex) => `'\\x${hex}'::bytea`,
      async dispose() {
        try {
          for (const store of opened) await store.close();
        } finally {
          await drop();
        }
      },
    };
  },
});

function docFrom(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

const textOf = (stored: StoredDocument): string => docFrom(stored).getText('text').toString();

/** A typist whose every keystroke becomes one update, as a room would hand them to the store. */
function typist(clientId: number): { doc: Y.Doc; type: (text: string) => Uint8Array } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  return {
    doc,
    type(text) {
      let captured: Uint8Array | null = null;
      const capture = (update: Uint8Array) => (captured = update);
      doc.on('update', capture);
      const shared = doc.getText('text');
      shared.insert(shared.length, text);
      doc.off('update', capture);
      return captured!;
    },
  };
}

const loadRoom = (store: DocumentStore, name: string) =>
  Room.load({ name, store, logger, compactAfterUpdates: 1_000, onEmpty: () => {}, onFailed: () => {} });

/** The guarantees every document store gives, whatever the engine. */
function storeContract(engine: Engine): void {
  let storage: Storage;
  let store: DocumentStore;
  beforeEach(async () => {
    storage = await engine.create();
    store = await storage.open();
  });
  afterEach(async () => {
    await storage.dispose();
  });

  it('loads a document it has never seen as empty', async () => {
    expect(await store.loadDocument('ws_new/plan')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });

  it('numbers updates in order and loads them back in that order', async () => {
    const writer = typist(1);
    const first = await store.appendUpdate('ws_a/plan', writer.type('Reads '));
    const last = await store.appendUpdates('ws_a/plan', [writer.type('40 '), writer.type('words '), writer.type('a minute.')]);
    expect(last).toBeGreaterThan(first);
    const stored = await store.loadDocument('ws_a/plan');
    expect(stored.updates).toHaveLength(4);
    expect(stored.lastSeq).toBe(last);
    expect(textOf(stored)).toBe('Reads 40 words a minute.');
  });

  it('numbers a batch consecutively up to the number it returns, as rooms vouching for their rows rely on', async () => {
    const writer = typist(1);
    const firstTwo = [writer.type('one '), writer.type('two ')];
    const snapshotOfTwo = Y.encodeStateAsUpdate(writer.doc);
    const last = await store.appendUpdates('ws_a/plan', [...firstTwo, writer.type('three')]);
    // The first two rows of the batch are last - 2 and last - 1: a snapshot through last - 1 leaves one.
    await store.writeSnapshot('ws_a/plan', snapshotOfTwo, last - 1, { seqs: [{ first: last - 2, last: last - 1 }], snapshotDigests: [] });
    const after = await store.loadDocument('ws_a/plan');
    expect(after.updates).toHaveLength(1);
    expect(textOf(after)).toBe('one two three');
  });

  it('has an update durable when the append resolves: another process sees it', async () => {
    const writer = typist(1);
    await store.appendUpdates('ws_a/plan', [writer.type('Goal one.'), writer.type(' Goal two.')]);
    const other = await storage.open();
    expect(textOf(await other.loadDocument('ws_a/plan'))).toBe('Goal one. Goal two.');
  });

  it('compacts the log into a snapshot and keeps what is appended after it', async () => {
    const writer = typist(1);
    let lastSeq = 0;
    for (let i = 0; i < 30; i += 1) lastSeq = await store.appendUpdate('ws_a/plan', writer.type(`step ${i}. `));
    await store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(writer.doc), lastSeq);
    const later = await store.appendUpdate('ws_a/plan', writer.type('Later.'));

    const after = await store.loadDocument('ws_a/plan');
    expect(after.snapshot).not.toBeNull();
    expect(after.updates).toHaveLength(1);
    expect(after.lastSeq).toBe(later);
    expect(textOf(after)).toBe(writer.doc.getText('text').toString());
  });

  it('loses no append that races a compaction from another process', async () => {
    const compactor = typist(1);
    const other = await storage.open();
    const racer = typist(2);
    let lastSeq = 0;
    for (let i = 0; i < 10; i += 1) lastSeq = await store.appendUpdate('ws_a/plan', compactor.type(`a${i} `));
    const appends: Promise<number>[] = [];
    for (let i = 0; i < 20; i += 1) appends.push(other.appendUpdate('ws_a/plan', racer.type(`b${i} `)));
    await Promise.all([store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(compactor.doc), lastSeq), ...appends]);

    const text = textOf(await store.loadDocument('ws_a/plan'));
    for (let i = 0; i < 10; i += 1) expect(text).toContain(`a${i} `);
    for (let i = 0; i < 20; i += 1) expect(text).toContain(`b${i} `);
  });

  it('keeps an update another writer appended that the compacting snapshot lacks', async () => {
    const other = await storage.open();
    const room = typist(1);
    const elsewhere = typist(2);
    const first = await store.appendUpdate('ws_a/plan', room.type('From the room. '));
    await other.appendUpdate('ws_a/plan', elsewhere.type('From another writer, not yet seen by the room. '));
    const last = await store.appendUpdate('ws_a/plan', room.type('The room again.'));
    // The room vouches only for its own rows, as Room does; the other writer's row sits between them.
    await store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(room.doc), last, {
      seqs: [
        { first, last: first },
        { first: last, last },
      ],
      snapshotDigests: [],
    });

    const after = await other.loadDocument('ws_a/plan');
    expect(after.updates).toHaveLength(0);
    const text = textOf(after);
    expect(text).toContain('From the room. ');
    expect(text).toContain('The room again.');
    expect(text).toContain('From another writer, not yet seen by the room. ');
  });

  it('keeps what another writer folded into the stored snapshot when the room vouches only for the one it wrote', async () => {
    const other = await storage.open();
    const room = typist(1);
    const mine = await store.appendUpdate('ws_a/plan', room.type('From the room. '));
    const roomSnapshot = Y.encodeStateAsUpdate(room.doc);
    await store.writeSnapshot('ws_a/plan', roomSnapshot, mine, { seqs: [{ first: mine, last: mine }], snapshotDigests: [] });
    // Another writer loads that, types, and compacts: the stored snapshot is now its own.
    const elsewhere = typist(2);
    Y.applyUpdate(elsewhere.doc, (await other.loadDocument('ws_a/plan')).snapshot!);
    const theirs = await other.appendUpdate('ws_a/plan', elsewhere.type('Folded in elsewhere. '));
    await other.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(elsewhere.doc), theirs, { seqs: [{ first: theirs, last: theirs }], snapshotDigests: [] });
    const again = await store.appendUpdate('ws_a/plan', room.type('The room again.'));
    await store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(room.doc), again, {
      seqs: [{ first: again, last: again }],
      snapshotDigests: [snapshotDigest(roomSnapshot)],
    });

    const text = textOf(await store.loadDocument('ws_a/plan'));
    expect(text).toContain('From the room. ');
    expect(text).toContain('The room again.');
    expect(text).toContain('Folded in elsewhere. ');
  });

  it('keeps a deletion another writer appended that the compacting snapshot lacks', async () => {
    const other = await storage.open();
    const room = typist(1);
    await store.appendUpdate('ws_a/plan', room.type('Keep this. Remove this.'));
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(room.doc));
    let deletion: Uint8Array | null = null;
    elsewhere.on('update', (update: Uint8Array) => (deletion = update));
    elsewhere.getText('text').delete('Keep this.'.length, ' Remove this.'.length);
    await other.appendUpdate('ws_a/plan', deletion!);
    const last = await store.appendUpdate('ws_a/plan', room.type(' Added.'));
    await store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(room.doc), last);

    expect(textOf(await other.loadDocument('ws_a/plan'))).toBe('Keep this. Added.');
  });

  it('stores the snapshot as written when it holds every update it replaces, deletions included', async () => {
    const writer = typist(1);
    let lastSeq = 0;
    for (let i = 0; i < 20; i += 1) {
      lastSeq = await store.appendUpdate('ws_a/plan', writer.type(`word${i} `));
      if (i % 4 === 3) {
        let deletion: Uint8Array | null = null;
        const capture = (update: Uint8Array) => (deletion = update);
        writer.doc.on('update', capture);
        writer.doc.getText('text').delete(0, 2);
        writer.doc.off('update', capture);
        lastSeq = await store.appendUpdate('ws_a/plan', deletion!);
      }
    }
    const snapshot = Y.encodeStateAsUpdate(writer.doc);
    await store.writeSnapshot('ws_a/plan', snapshot, lastSeq);

    const after = await store.loadDocument('ws_a/plan');
    expect(after.updates).toHaveLength(0);
    expect(Buffer.from(after.snapshot!).equals(Buffer.from(snapshot))).toBe(true);
    expect(textOf(after)).toBe(writer.doc.getText('text').toString());
  });

  it('refuses to compact over a damaged update it has to read, and the document stays refused', async () => {
    const other = await storage.open();
    const room = typist(1);
    const first = await store.appendUpdate('ws_a/plan', room.type('Mine. '));
    const theirs = await other.appendUpdate('ws_a/plan', typist(2).type('Theirs. '));
    const last = await store.appendUpdate('ws_a/plan', room.type('Mine again.'));
    await storage.sql(`UPDATE document_updates SET data = ${storage.bytes('00ff00ff')} WHERE seq = ${theirs}`);
    await expect(
      store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(room.doc), last, {
        seqs: [
          { first, last: first },
          { first: last, last },
        ],
        snapshotDigests: [],
      }),
    ).rejects.toThrow();
    await expect(loadRoom(store, 'ws_a/plan')).rejects.toBeInstanceOf(DocumentLoadError);
  });

  it('keeps documents apart and survives reopening', async () => {
    await store.appendUpdate('ws_a/plan', typist(1).type('for a'));
    await store.appendUpdate('ws_b/plan', typist(2).type('for b'));
    await store.close();
    store = await storage.open();
    expect(textOf(await store.loadDocument('ws_a/plan'))).toBe('for a');
    expect(textOf(await store.loadDocument('ws_b/plan'))).toBe('for b');
    expect(textOf(await store.loadDocument('ws_b/comments'))).toBe('');
  });

  it('refuses a document whose stored update is damaged instead of serving it', async () => {
    const writer = typist(1);
    await store.appendUpdates('ws_a/plan', [writer.type('Keep '), writer.type('this.')]);
    await storage.sql(`UPDATE document_updates SET data = ${storage.bytes('00ff00ff')} WHERE seq = (SELECT max(seq) FROM document_updates)`);
    await expect(loadRoom(store, 'ws_a/plan')).rejects.toBeInstanceOf(DocumentLoadError);
  });

  it('refuses a document whose snapshot is damaged', async () => {
    const writer = typist(1);
    const seq = await store.appendUpdate('ws_a/plan', writer.type('Snapshot me.'));
    await store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(writer.doc), seq);
    await storage.sql(`UPDATE documents SET snapshot = ${storage.bytes('0102')}`);
    await expect(loadRoom(store, 'ws_a/plan')).rejects.toBeInstanceOf(DocumentLoadError);
  });
}

/** What DATA_KEY adds, whatever the engine: a row that is not this document's sealed row refuses it. */
function sealedContract(engine: Engine): void {
  let storage: Storage;
  let store: DocumentStore;
  beforeEach(async () => {
    storage = await engine.create();
    store = await storage.open();
  });
  afterEach(async () => {
    await storage.dispose();
  });

  it('keeps what was typed out of the stored bytes, in updates and snapshots', async () => {
    const writer = typist(1);
    const seq = await store.appendUpdate('ws_a/plan', writer.type('Reads 40 words a minute.'));
    await store.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(writer.doc), seq);
    await store.appendUpdate('ws_a/plan', writer.type(' Uses a reading partner.'));
    const blobs = await storage.blobs();
    expect(blobs).toHaveLength(2);
    for (const typed of ['40 words', 'reading partner']) expect(blobs.some((blob) => blob.includes(Buffer.from(typed)))).toBe(false);
    expect(textOf(await store.loadDocument('ws_a/plan'))).toBe('Reads 40 words a minute. Uses a reading partner.');
  });

  it("refuses a document holding another document's sealed row", async () => {
    await store.appendUpdate('ws_a/plan', typist(1).type('For a.'));
    await store.appendUpdate('ws_b/plan', typist(2).type('For b.'));
    await storage.sql("UPDATE document_updates SET data = (SELECT data FROM document_updates WHERE doc_name = 'ws_a/plan') WHERE doc_name = 'ws_b/plan'");
    await expect(loadRoom(store, 'ws_b/plan')).rejects.toBeInstanceOf(DocumentLoadError);
  });

  it('refuses a document holding a row sealed under another key', async () => {
    const writer = typist(1);
    const foreign = sealing().seal(writer.type('Sealed elsewhere. '), 'ws_a/plan');
    await store.appendUpdate('ws_a/plan', writer.type('Sealed here.'));
    await storage.sql(`UPDATE document_updates SET data = ${storage.bytes(Buffer.from(foreign).toString('hex'))}`);
    await expect(loadRoom(store, 'ws_a/plan')).rejects.toBeInstanceOf(DocumentLoadError);
  });

  it('refuses a document holding a plain row slipped in beside the sealed ones', async () => {
    const writer = typist(1);
    const plain = writer.type('Typed before. ');
    await store.appendUpdate('ws_a/plan', writer.type('Sealed.'));
    await storage.sql(`UPDATE document_updates SET data = ${storage.bytes(Buffer.from(plain).toString('hex'))}`);
    await expect(loadRoom(store, 'ws_a/plan')).rejects.toBeInstanceOf(DocumentLoadError);
  });
}

const sealing = () => new BlobCipher(parseDataKey(randomBytes(32).toString('hex')));

describe('document store contract: SQLite', () => storeContract(sqliteEngine()));
describe('document store contract: SQLite with DATA_KEY', () => {
  storeContract(sqliteEngine(sealing()));
  sealedContract(sqliteEngine(sealing()));
});

const postgresUp = await postgresReachable();

describeWithService('PostgreSQL', postgresUp, 'document store contract: PostgreSQL with DATA_KEY', () => {
  storeContract(postgresEngine(sealing()));
  sealedContract(postgresEngine(sealing()));
});

describeWithService('PostgreSQL', postgresUp, 'document store contract: PostgreSQL', () => {
  storeContract(postgresEngine());

  describe('with several instances', () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await postgresEngine(sealing()).create();
    });
    afterEach(async () => {
      await storage.dispose();
    });

    it('keeps an update another instance appended that the compacting snapshot lacks', async () => {
      const [a, b] = [await storage.open(), await storage.open()];
      const onA = typist(1);
      const onB = typist(2);
      await a.appendUpdate('ws_a/plan', onA.type('From A. '));
      await b.appendUpdate('ws_a/plan', onB.type('From B (still on its way to A). '));
      const lastOnA = await a.appendUpdate('ws_a/plan', onA.type('A again.'));
      // A's copy has not received B's update yet, and compacts through a seq past it.
      await a.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(onA.doc), lastOnA);

      const text = textOf(await b.loadDocument('ws_a/plan'));
      expect(text).toContain('From A. ');
      expect(text).toContain('A again.');
      expect(text).toContain('From B (still on its way to A). ');
    });

    it('loses nothing when two instances compact and append at the same time', async () => {
      const [a, b] = [await storage.open(), await storage.open()];
      const onA = typist(1);
      const onB = typist(2);
      let seqA = 0;
      let seqB = 0;
      for (let round = 0; round < 8; round += 1) {
        const work: Promise<unknown>[] = [];
        for (let i = 0; i < 5; i += 1) {
          work.push(a.appendUpdate('ws_a/plan', onA.type(`A${round}.${i} `)).then((seq) => (seqA = Math.max(seqA, seq))));
          work.push(b.appendUpdate('ws_a/plan', onB.type(`B${round}.${i} `)).then((seq) => (seqB = Math.max(seqB, seq))));
        }
        work.push(a.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(onA.doc), seqA));
        work.push(b.writeSnapshot('ws_a/plan', Y.encodeStateAsUpdate(onB.doc), seqB));
        await Promise.all(work);
      }
      const text = textOf(await a.loadDocument('ws_a/plan'));
      for (let round = 0; round < 8; round += 1) {
        for (let i = 0; i < 5; i += 1) {
          expect(text).toContain(`A${round}.${i} `);
          expect(text).toContain(`B${round}.${i} `);
        }
      }
    });

    it('refuses a document with a missing update row', async () => {
      const store = await storage.open();
      const writer = typist(1);
      await store.appendUpdates('ws_a/plan', [writer.type('one '), writer.type('two '), writer.type('three')]);
      await storage.sql('DELETE FROM document_updates WHERE seq = 2');
      await expect(loadRoom(store, 'ws_a/plan')).rejects.toBeInstanceOf(DocumentLoadError);
    });

    it('migrates once, and refuses to start on a schema newer than the code', async () => {
      await storage.open();
      await storage.open();
      await storage.sql('INSERT INTO schema_migrations (version) VALUES (9999)');
      await expect(storage.open()).rejects.toBeInstanceOf(SchemaTooNewError);
    });
  });
});
