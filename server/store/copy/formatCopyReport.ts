import type { CopyReport } from './copyToPostgres';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The short table an operator reads after a copy: rows per table, documents, what was checked. */
export function formatCopyReport(report: CopyReport): string {
  const width = Math.max(...report.tables.map((table) => table.table.length), 'document_updates'.length);
  const lines = ['table'.padEnd(width) + '  rows (= SQLite)'];
  for (const table of report.tables) lines.push(`${table.table.padEnd(width)}  ${String(table.rows).padStart(10)}`);
  lines.push(`${'documents'.padEnd(width)}  ${String(report.documents.documents).padStart(10)}`);
  lines.push(`${'document_updates'.padEnd(width)}  ${String(report.documents.updates).padStart(10)}  (${megabytes(report.documents.bytes)} of document bytes)`);
  const { verified } = report;
  lines.push('');
  lines.push(`checked before committing: row counts of ${verified.counts.size} tables, ${verified.chains} audit chains verify as in SQLite, ${verified.documents} documents load with the same content`);
  if (report.sealedWithKeyId) {
    lines.push(`${report.documents.sealed} document blobs copied sealed with data key ${report.sealedWithKeyId}, as stored: start every server on this database with that DATA_KEY`);
  }
  if (verified.brokenInSource.length > 0) lines.push(`warning: audit log already broken in SQLite, copied as it is: ${verified.brokenInSource.join(', ')}`);
  if (verified.unloadableInSource.length > 0) lines.push(`warning: documents SQLite could not load either, copied as stored: ${verified.unloadableInSource.join(', ')}`);
  lines.push(`done in ${seconds(report.ms)} (tables ${seconds(report.tables.reduce((sum, table) => sum + table.ms, 0))}, documents ${seconds(report.documents.ms)}, checks ${seconds(verified.ms)})`);
  return lines.join('\n');
}
