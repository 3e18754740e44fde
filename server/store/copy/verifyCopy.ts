import { Kysely, PostgresDialect, SqliteDialect, type PostgresPool } from 'kysely';
import type pg from 'pg';
import type { Database } from '../../data/Database';
import type { BlobCipher } from '../BlobCipher';
import { verifyChain } from '../../audit/auditChain';
import { loadStoredDocument } from '../postgres/PostgresDocumentStore';
import { copiedTables } from './copiedTables';
import { DocumentFingerprint } from './documentFingerprint';
import type { CopySource } from './openSource';

export class CopyVerificationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the copy does not match the source, so nothing was kept:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'CopyVerificationError';
  }
}

export interface CopyVerified {
  /** Rows per table on the target, each equal to the source's. */
  readonly counts: ReadonlyMap<string, number>;
  readonly chains: number;
  /** Chains already broken in the source: copied as they are and reported, not repaired. */
  readonly brokenInSource: readonly string[];
  readonly documents: number;
  /** Documents the source could not load either: copied as stored. */
  readonly unloadableInSource: readonly string[];
}

/**
 * Checks the copy inside its still-open transaction, so a mismatch rolls everything back:
 * every table has the source's row count, every audit chain verifies on the target exactly
 * as on the source (same entries, same head hash), and every document loads on the target
 * through the PostgreSQL store's own loader to the same content as from SQLite, unsealed with
 * the key the target records, as a server started on it would.
 */
export async function verifyCopy(
  source: CopySource,
  client: pg.PoolClient,
  fingerprints: ReadonlyMap<string, string>,
  cipher: BlobCipher,
): Promise<CopyVerified> {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const table of copiedTables) {
    const expected = source.db.prepare<[], { count: number }>(`SELECT count(*) AS count FROM ${table}`).get()!.count;
    const found = Number((await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`)).rows[0]!.count);
    counts.set(table, found);
    if (found !== expected) problems.push(`${table}: ${expected} rows in SQLite, ${found} in PostgreSQL`);
  }

  const sourceDb = new Kysely<Database>({ dialect: new SqliteDialect({ database: source.db }) });
  const targetDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: oneConnection(client) }) });
  const chains = source.db
    .prepare<[], { chain: string }>(
      "SELECT coalesce(workspace_id, '') AS chain FROM audit_events UNION SELECT chain FROM audit_chain_heads UNION SELECT id FROM workspaces UNION SELECT ''",
    )
    .all()
    .map((row) => row.chain);
  const brokenInSource: string[] = [];
  for (const chain of chains) {
    const workspaceId = chain === '' ? null : chain;
    const before = await verifyChain(sourceDb, workspaceId);
    const after = await verifyChain(targetDb, workspaceId);
    const label = workspaceId ? `workspace ${workspaceId}` : 'account events';
    if (!before.ok) brokenInSource.push(label);
    if (after.ok !== before.ok || after.checked !== before.checked || after.headHash !== before.headHash) {
      problems.push(`audit log of ${label}: ${before.ok ? 'verifies' : 'broken'} with ${before.checked} entries in SQLite, ${after.ok ? 'verifies' : 'broken'} with ${after.checked} in PostgreSQL`);
    }
  }

  const unloadableInSource: string[] = [];
  for (const [name, expected] of fingerprints) {
    if (expected === 'unloadable') unloadableInSource.push(name);
    const fingerprint = new DocumentFingerprint();
    try {
      const stored = await loadStoredDocument(client, name, cipher);
      if (stored.snapshot) fingerprint.apply(stored.snapshot);
      for (const update of stored.updates) fingerprint.apply(update);
    } catch (error) {
      fingerprint.finish();
      problems.push(`document ${name} does not load from PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (fingerprint.finish() !== expected) problems.push(`document ${name} loads from PostgreSQL with other content than from SQLite`);
  }

  if (problems.length > 0) throw new CopyVerificationError(problems);
  return { counts, chains: chains.length, brokenInSource, documents: fingerprints.size, unloadableInSource };
}

/** Kysely on the copy's own connection (its transaction), which it must never release or end. */
function oneConnection(client: pg.PoolClient): PostgresPool {
  return {
    options: {},
    connect: async () => ({ query: client.query.bind(client), release: () => undefined }),
    end: async () => undefined,
  };
}
