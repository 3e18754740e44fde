import type { Kysely } from 'kysely';
import { createLogger } from '../../server/logger';
import type { Database } from '../../server/data/Database';
import { openDataLayer } from '../../server/data/openDataLayer';
import { BlobCipher } from '../../server/store/BlobCipher';
import type { DocumentStore } from '../../server/store/DocumentStore';
import { openDocumentStore } from '../../server/store/openDocumentStore';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { databaseUrlForDataDir } from './testEngine';

export interface ServerDatabase {
  /** The repositories' tables, through the same query builder the server uses. */
  readonly db: Kysely<Database>;
  /** The documents, through the same store the server uses (unencrypted, as test servers run). */
  readonly documents: DocumentStore;
  readonly engine: 'sqlite' | 'postgres';
}

/**
 * Opens what a test server started on `dataDir` stores into, whichever engine it runs on (the
 * SQLite file, or its schema under TEST_ENGINE=postgres), so a test can put rows there that
 * the server's own routes would never write (an old version, a damaged update) or read back
 * what the server left behind, on both engines alike.
 */
export async function withServerDatabase<T>(dataDir: string, use: (opened: ServerDatabase) => Promise<T>): Promise<T> {
  const sqlite = openDatabase(dataDir);
  const logger = createLogger('silent');
  try {
    const data = await openDataLayer({ databaseUrl: databaseUrlForDataDir(dataDir) }, sqlite, logger);
    try {
      const { store, engine } = await openDocumentStore(data, sqlite, new BlobCipher(null));
      return await use({ db: data.db, documents: store, engine });
    } finally {
      await data.close();
    }
  } finally {
    if (sqlite.open) sqlite.close();
  }
}
