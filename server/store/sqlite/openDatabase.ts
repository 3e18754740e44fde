import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export const databaseFileName = 'bridgeplan.sqlite';

/**
 * The connection's own cache of database pages. The driver is built with 16 MiB, which a
 * server fills as it reads more documents: in a churn of 3,000 documents its resident size
 * climbed about 1.5 MiB a minute for ten minutes, which looked like a leak. Pages it does not
 * keep are read again from the operating system's cache of the file, a system call each.
 */
export const pageCacheKiB = 4096;

/**
 * Opens (creating if needed) the one database file under the data folder.
 * WAL lets readers run beside the writer; synchronous=NORMAL in WAL mode keeps every
 * committed transaction across a process crash (kill -9), which is the durability the rooms
 * promise; only a power loss may drop the last few, which FULL would cost a fsync per edit.
 */
export function openDatabase(dataDir: string): Database.Database {
  makePrivate(dataDir);
  const db = new Database(path.join(dataDir, databaseFileName));
  // Compaction deletes many update rows at once; incremental auto-vacuum lets the file give
  // that space back. It only takes effect on a new database file (before the first table).
  db.pragma('auto_vacuum = INCREMENTAL');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${pageCacheKiB}`);
  migrate(db);
  // The write-ahead log and shared-memory files now exist: SQLite gives them the main file's
  // mode, but ones left by an older version may still be readable by others.
  for (const suffix of ['-wal', '-shm']) chmodIfPresent(path.join(dataDir, databaseFileName + suffix), 0o600);
  return db;
}

/**
 * Children's records: only the account running the server may read them. The folder is
 * 0700 and the database 0600 before SQLite opens it (SQLite creates -wal and -shm with the
 * database's mode). Existing folders and files from older versions are tightened too.
 */
function makePrivate(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const file = path.join(dataDir, databaseFileName);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
}

function chmodIfPresent(file: string, mode: number): void {
  try {
    fs.chmodSync(file, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
