import type { Logger } from '../../logger';
import { BlobCipher, type DataKey } from '../BlobCipher';
import { openPostgres } from '../postgres/openPostgres';
import { copiedTables } from './copiedTables';
import { copyDocuments } from './copyDocuments';
import { copyTableRows, type TableCopied } from './copyTableRows';
import { CopyRefusedError, openSource } from './openSource';
import { advanceSequences, prepareTarget } from './prepareTarget';
import { verifyCopy, type CopyVerified } from './verifyCopy';

export interface CopyOptions {
  /** The installation's data folder (DATA_DIR), holding bridgeplan.sqlite. */
  readonly from: string;
  /** postgres:// URL of the target; `?schema=` picks a schema, as for the server. */
  readonly to: string;
  /** The keys the installation's server runs with, to check documents sealed with DATA_KEY. */
  readonly dataKey: DataKey | null;
  readonly dataKeyPrevious: DataKey | null;
  readonly logger: Logger;
}

export interface CopyReport {
  readonly tables: readonly (TableCopied & { readonly ms: number })[];
  readonly documents: { readonly documents: number; readonly updates: number; readonly bytes: number; readonly sealed: number; readonly ms: number };
  /** The data key the copied documents are sealed with (null: plain), recorded on the target. */
  readonly sealedWithKeyId: string | null;
  readonly verified: CopyVerified & { readonly ms: number };
  readonly ms: number;
}

/**
 * Copies an embedded installation into an empty PostgreSQL database: one read transaction on
 * SQLite (a consistent moment), one write transaction on PostgreSQL (all or nothing), checked
 * before it commits. Only inserts: the triggers that keep versions, signatures and the audit
 * log immutable have nothing to refuse.
 */
export async function copyToPostgres(options: CopyOptions): Promise<CopyReport> {
  const started = performance.now();
  const source = openSource(options.from);
  try {
    const cipher = new BlobCipher(options.dataKey, options.dataKeyPrevious);
    if (source.sealedWithKeyId && ![options.dataKey?.id, options.dataKeyPrevious?.id].includes(source.sealedWithKeyId)) {
      throw new CopyRefusedError(`the installation's documents are encrypted with data key ${source.sealedWithKeyId}: run the copy with that DATA_KEY set, as the server runs`);
    }
    const pool = await withContext('opening the target database', () => openPostgres({ connectionString: options.to, logger: options.logger, maxConnections: 1 }));
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const targetTables = await prepareTarget(client);
        const tables: CopyReport['tables'][number][] = [];
        for (const table of copiedTables) {
          const tableStarted = performance.now();
          const copied = await withContext(`copying ${table}`, () => copyTableRows(source, client, table, targetTables.get(table)!));
          tables.push({ ...copied, ms: performance.now() - tableStarted });
          options.logger.info('table copied', { table, rows: copied.rows });
        }
        const documentsStarted = performance.now();
        const documents = await withContext('copying documents', () => copyDocuments(source, client, cipher));
        const documentsMs = performance.now() - documentsStarted;
        options.logger.info('documents copied', { documents: documents.documents, updates: documents.updates });
        await advanceSequences(client, targetTables);
        const verifyStarted = performance.now();
        const verified = await verifyCopy(source, client, documents.fingerprints, targetCipher(source.sealedWithKeyId, options));
        const verifyMs = performance.now() - verifyStarted;
        await client.query('COMMIT');
        const { fingerprints: _checked, ...documentTotals } = documents;
        return {
          tables,
          documents: { ...documentTotals, ms: documentsMs },
          sealedWithKeyId: source.sealedWithKeyId,
          verified: { ...verified, ms: verifyMs }, ms: performance.now() - started };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
      await pool.end();
    }
  } finally {
    source.close();
  }
}

/** The cipher a server on the target starts with: sealed under the recorded key, or plain. */
function targetCipher(keyId: string | null, options: CopyOptions): BlobCipher {
  const key = [options.dataKey, options.dataKeyPrevious].find((candidate) => candidate?.id === keyId) ?? null;
  return new BlobCipher(key);
}

/** Says which step a database error came from; the copy's own refusals already say so. */
async function withContext<T>(step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CopyRefusedError || !(error instanceof Error)) throw error;
    throw new Error(`${step}: ${error.message}`, { cause: error });
  }
}
