import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFileName } from '../sqlite/openDatabase';
import { migrations } from '../sqlite/migrations';
import { copiedTables, documentTables, tablesNotCopied } from './copiedTables';

export class CopyRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyRefusedError';
  }
}

export interface CopySource {
  readonly db: Database.Database;
  readonly file: string;
  /** Columns of each copied table as the file has them, in declaration order. */
  readonly columns: ReadonlyMap<string, readonly string[]>;
  /** The data key the file's documents were last sealed with (null: stored plain). */
  readonly sealedWithKeyId: string | null;
  close(): void;
}

/**
 * Opens the installation's SQLite file read-only and starts one read transaction on it, so
 * everything copied afterwards is one consistent moment even while a server still writes.
 *
 * The file must be at exactly the schema this release's SQLite migrations produce: the tool
 * never writes to the source, so an older file is refused (start this release on it once,
 * which migrates it) rather than migrated here, and a newer one is refused too.
 */
export function openSource(dataDir: string): CopySource {
  const file = path.join(dataDir, databaseFileName);
  if (!fs.existsSync(file)) throw new CopyRefusedError(`no installation at ${dataDir}: ${databaseFileName} is not there`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN');
    // The first read fixes the snapshot every later read of this transaction sees.
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
      .all()
      .map((row) => row.name);
    checkSchemaVersion(db, tables);
    checkTablesKnown(tables);
    const columns = new Map<string, readonly string[]>();
    for (const table of [...copiedTables, ...documentTables]) {
      columns.set(table, db.prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).all().map((row) => row.name));
    }
    const sealed = tables.includes('data_encryption')
      ? db.prepare<[], { key_id: string | null }>('SELECT key_id FROM data_encryption WHERE id = 1').get()
      : undefined;
    return {
      db,
      file,
      columns,
      sealedWithKeyId: sealed?.key_id ?? null,
      close: () => {
        if (db.inTransaction) db.exec('COMMIT');
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkSchemaVersion(db: Database.Database, tables: readonly string[]): void {
  const known = Math.max(...migrations.map((migration) => migration.version));
  const applied = tables.includes('schema_migrations')
    ? db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((row) => row.version)
    : [];
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new CopyRefusedError(`the SQLite file is at schema version ${newest}, newer than this release knows (${known}): copy it with the release that wrote it`);
  }
  const missing = migrations.filter((migration) => !applied.includes(migration.version)).map((migration) => migration.version);
  if (missing.length > 0) {
    throw new CopyRefusedError(
      `the SQLite file is at an older schema (migrations ${missing.join(', ')} not applied): start this release once on the data folder (npm start), stop it, then copy`,
    );
  }
}

function checkTablesKnown(tables: readonly string[]): void {
  const known = new Set<string>([...copiedTables, ...documentTables, ...Object.keys(tablesNotCopied)]);
  const unknown = tables.filter((table) => !known.has(table));
  if (unknown.length > 0) {
    throw new CopyRefusedError(`the SQLite file holds tables this copy does not know (${unknown.join(', ')}): nothing was copied, so nothing is left behind; add them to server/store/copy/copiedTables.ts`);
  }
  const absent = [...copiedTables, ...documentTables].filter((table) => !tables.includes(table));
  if (absent.length > 0) throw new CopyRefusedError(`the SQLite file lacks tables every installation has (${absent.join(', ')}): is it a Bridgeplan data folder?`);
}
