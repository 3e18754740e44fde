import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AppendGroup, type GroupedAppend } from '../../server/store/sqlite/AppendGroup';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { makeTempDir } from '../helpers/testServer';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A log that numbers rows like the store does, and records each commit it is asked for. */
function numberedLog(failFor: ReadonlySet<string> = new Set()) {
  let seq = 0;
  const rows: { seq: number; name: string }[] = [];
  const commits: string[][] = [];
  const insert = (append: GroupedAppend): number => {
    if (failFor.has(append.name)) throw new Error(`cannot store ${append.name}`);
    for (const _ of append.updates) rows.push({ seq: (seq += 1), name: append.name });
    return seq;
  };
  return {
    rows,
    commits,
    group: new AppendGroup(
      (appends) => {
        commits.push(appends.map((append) => append.name));
        // All or nothing, like the transaction it stands for.
        const before = { seq, rows: rows.length };
        try {
          return appends.map(insert);
        } catch (error) {
          seq = before.seq;
          rows.length = before.rows;
          throw error;
        }
      },
      (append) => {
        commits.push([append.name]);
        return insert(append);
      },
      () => undefined,
    ),
  };
}

describe('AppendGroup', () => {
  it('commits the appends asked for together as one, each numbered consecutively', async () => {
    const log = numberedLog();
    const seqs = await Promise.all([
      log.group.add('a', [bytes('1'), bytes('2')]),
      log.group.add('b', [bytes('3')]),
      log.group.add('c', [bytes('4'), bytes('5'), bytes('6')]),
    ]);
    expect(log.commits).toEqual([['a', 'b', 'c']]);
    expect(seqs).toEqual([2, 3, 6]);
    expect(log.rows.map((row) => row.name)).toEqual(['a', 'a', 'b', 'c', 'c', 'c']);
  });

  it('starts a new group for appends asked for in a later turn', async () => {
    const log = numberedLog();
    const first = log.group.add('a', [bytes('1')]);
    await nextTurn();
    const second = log.group.add('b', [bytes('2')]);
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log.commits).toEqual([['a'], ['b']]);
  });

  it('keeps one document’s failure its own: the others are stored alone and succeed', async () => {
    const log = numberedLog(new Set(['broken']));
    const results = await Promise.allSettled([
      log.group.add('a', [bytes('1')]),
      log.group.add('broken', [bytes('2')]),
      log.group.add('c', [bytes('3')]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log.rows.map((row) => row.name)).toEqual(['a', 'c']);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(results[2]).toEqual({ status: 'fulfilled', value: 2 });
  });
});

describe('SqliteDocumentStore appends from many rooms at once', () => {
  let store: SqliteDocumentStore;
  beforeEach(() => {
    store = new SqliteDocumentStore(openDatabase(makeTempDir()));
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores every room’s batch whole and tells each room where its own rows end', async () => {
    const docs = ['one', 'two', 'three'].map((name) => ({ name, doc: new Y.Doc(), updates: [] as Uint8Array[] }));
    for (const room of docs) {
      room.doc.on('update', (update: Uint8Array) => room.updates.push(update));
      for (let i = 0; i < 4; i += 1) room.doc.getText('t').insert(i, String(i));
    }
    // Asked for in one run of callbacks, as rooms flushing in the same turn do.
    const lastSeqs = await Promise.all(docs.map((room) => store.appendUpdates(room.name, room.updates)));

    // Each room's rows are consecutive and end at the number it was given.
    expect(lastSeqs).toEqual([4, 8, 12]);
    for (const room of docs) {
      const stored = await store.loadDocument(room.name);
      expect(stored.updates).toHaveLength(4);
      const copy = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(copy, update);
      expect(copy.getText('t').toString()).toBe('0123');
    }
  });
});
