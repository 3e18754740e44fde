import { Kysely, SqliteDialect, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../../server/data/Database';
import { preparedOnce } from '../../server/data/preparedOnce';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { makeTempDir } from '../helpers/testServer';

describe('preparedOnce', () => {
  let sqlite: BetterSqlite3.Database;
  beforeEach(() => {
    sqlite = openDatabase(makeTempDir());
    sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = sqlite.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 1; i <= 5; i += 1) insert.run(`note ${i}`);
  });
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('hands out the same prepared statement for the same query text, bound anew each time', () => {
    const connection = preparedOnce(sqlite);
    const first = connection.prepare('SELECT body FROM notes WHERE id = ?');
    expect(connection.prepare('SELECT body FROM notes WHERE id = ?')).toBe(first);
    expect(first.all([2])).toEqual([{ body: 'note 2' }]);
    expect(first.all([4])).toEqual([{ body: 'note 4' }]);
  });

  it('prepares a second statement beside one that is still being iterated', () => {
    const connection = preparedOnce(sqlite);
    const text = 'SELECT id FROM notes ORDER BY id';
    const rows = connection.prepare(text).iterate([]);
    expect(rows.next().value).toEqual({ id: 1 });
    // The first statement is busy until its rows are read or returned; the same text again
    // must not reset it under the open iteration.
    expect(connection.prepare(text).all([])).toHaveLength(5);
    expect([...rows]).toEqual([{ id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }]);
  });

  it('keeps at most its capacity, dropping the least recently used text', () => {
    const connection = preparedOnce(sqlite, 2);
    const one = connection.prepare('SELECT 1 AS n');
    const two = connection.prepare('SELECT 2 AS n');
    expect(connection.prepare('SELECT 1 AS n')).toBe(one);
    connection.prepare('SELECT 3 AS n');
    expect(connection.prepare('SELECT 1 AS n')).toBe(one);
    expect(connection.prepare('SELECT 2 AS n')).not.toBe(two);
  });

  it('serves Kysely the rows of each call, streamed or not, whatever it bound the last time', async () => {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) }) as unknown as Kysely<{ notes: { id: Generated<number>; body: string } }>;
    const byId = (id: number) => db.selectFrom('notes').select('body').where('id', '=', id).executeTakeFirst();
    expect(await byId(3)).toEqual({ body: 'note 3' });
    expect(await byId(5)).toEqual({ body: 'note 5' });
    await db.insertInto('notes').values({ body: 'note 6' }).execute();
    const streamed: string[] = [];
    for await (const row of db.selectFrom('notes').select('body').where('id', '>', 3).orderBy('id').stream()) streamed.push(row.body);
    expect(streamed).toEqual(['note 4', 'note 5', 'note 6']);
    expect(await byId(6)).toEqual({ body: 'note 6' });
  });
});
