import type pg from 'pg';
import type { CopySource } from './openSource';
import { CopyRefusedError } from './openSource';
import type { TargetTable } from './prepareTarget';
import { batchLimits, cellBytes, insertStatement, quoteName, rowsPerBatch, type CellValue } from './batches';

export interface TableCopied {
  readonly table: string;
  readonly rows: number;
  readonly bytes: number;
}

/**
 * Copies one table as it is: same ids, same text, same bytes, in rowid order, in batches
 * bounded by rows and bytes. Each batch reopens the read where the last stopped (rowid >
 * last), inside the source's one read transaction, so nothing is read twice or skipped.
 */
export async function copyTableRows(source: CopySource, client: pg.PoolClient, table: string, target: TargetTable): Promise<TableCopied> {
  const columns = source.columns.get(table) ?? [];
  const lost = columns.filter((column) => !target.insertable.has(column));
  if (lost.length > 0) {
    throw new CopyRefusedError(`the target's ${table} has no column for ${lost.join(', ')}: a PostgreSQL migration is missing for a SQLite one`);
  }
  const select = source.db
    .prepare<[number]>(`SELECT rowid, ${columns.map(quoteName).join(', ')} FROM ${quoteName(table)} WHERE rowid > ? ORDER BY rowid`)
    .raw(true);
  const perBatch = rowsPerBatch(columns.length);
  let lastRowid = 0;
  let rows = 0;
  let bytes = 0;
  for (;;) {
    const batch: CellValue[][] = [];
    let batchBytes = 0;
    for (const raw of select.iterate(lastRowid) as IterableIterator<CellValue[]>) {
      lastRowid = Number(raw[0]);
      const row = raw.slice(1);
      batch.push(row);
      batchBytes += row.reduce<number>((sum, value) => sum + cellBytes(value), 0);
      // Leaving the loop ends the statement, freeing the connection for the next batch's read.
      if (batch.length >= perBatch || batchBytes >= batchLimits.bytes) break;
    }
    if (batch.length === 0) return { table, rows, bytes };
    const { text, values } = insertStatement(table, columns, batch, target.identityAlways);
    await client.query(text, values);
    rows += batch.length;
    bytes += batchBytes;
  }
}
