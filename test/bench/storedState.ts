import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const databaseFileName = 'bridgeplan.sqlite';

export interface StoredState {
  readonly snapshot: Uint8Array | null;
  readonly leftoverUpdateRows: number;
  readonly leftoverUpdateBytes: number;
  readonly fileBytes: number;
  readonly walBytes: number;
  /** Pages SQLite keeps on its free list: space the file holds but no row uses. */
  readonly freeBytes: number;
}

const sizeOf = (file: string): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);

/** Reads what the server left on disk for one document, after it has stopped. */
export function readStoredState(dataDir: string, docName: string): StoredState {
  const file = path.join(dataDir, databaseFileName);
  // Sizes first: opening the database could itself create or replay a WAL file.
  const fileBytes = sizeOf(file);
  const walBytes = sizeOf(`${file}-wal`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const head = db
      .prepare<[string], { snapshot: Buffer | null }>('SELECT snapshot FROM documents WHERE name = ?')
      .get(docName);
    const updates = db
      .prepare<[string], { rows: number; bytes: number | null }>(
        'SELECT COUNT(*) AS rows, SUM(LENGTH(data)) AS bytes FROM document_updates WHERE doc_name = ?',
      )
      .get(docName);
    const freePages = Number(db.pragma('freelist_count', { simple: true }));
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    return {
      snapshot: head?.snapshot ? new Uint8Array(head.snapshot) : null,
      leftoverUpdateRows: updates?.rows ?? 0,
      leftoverUpdateBytes: updates?.bytes ?? 0,
      fileBytes,
      walBytes,
      freeBytes: freePages * pageSize,
    };
  } finally {
    db.close();
  }
}
