import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export const databaseFileName = 'bridgeplan.sqlite';

/**
 * Opens (creating if needed) the one database file under the data folder.
 * WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode keeps every
 * committed transaction across a process crash (kill -9), which is the durability the rooms
 * promise; only a power loss may drop the last few, which FULL would cost a fsync per edit.
 */
export function openDatabase(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, databaseFileName));
  // Compaction deletes many update rows at once; incremental auto-vacuum lets the file give
  // that space back. It only takes effect on a new database file (before the first table).
  db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
