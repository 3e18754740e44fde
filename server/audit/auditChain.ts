import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { inTransaction, isPostgres } from '../data/engine';
import type { AuditVerification } from '../../shared/api';

/**
 * The hash chain that makes the audit log tamper-evident. Each workspace has its own chain
 * (account events without a workspace share one, keyed ''), so a case manager can verify
 * their workspace alone. A row's hash is SHA-256(previous hash || canonical row); the newest
 * hash of each chain is also kept in `audit_chain_heads`, so deleting the latest rows shows
 * as well as deleting or editing one in the middle.
 *
 * This detects changes made with file access that leave the chain as it was; someone who
 * recomputes every later hash and the head can rewrite history undetected, which is why
 * docs/operations.md suggests recording the head hash elsewhere from time to time.
 */
export const genesisHash = '0'.repeat(64);

export interface ChainedFields {
  readonly at: string;
  readonly workspace_id: string | null;
  readonly actor_id: string | null;
  readonly action: string;
  readonly subject: string | null;
  readonly details: string | null;
}

interface ChainRow extends ChainedFields {
  id: number;
  prev_hash: string | null;
  hash: string | null;
}

interface HeadRow {
  last_id: number;
  hash: string;
  entries: number;
}

export const chainOf = (workspaceId: string | null | undefined): string => workspaceId ?? '';

/** Fixed field order and JSON encoding: the same row always hashes to the same value. */
export function rowHash(prevHash: string, row: ChainedFields): string {
  const canonical = JSON.stringify([row.at, row.workspace_id, row.actor_id, row.action, row.subject, row.details]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export function readHead(db: Kysely<Database>, chain: string): Promise<HeadRow | undefined> {
  return db.selectFrom('audit_chain_heads').select(['last_id', 'hash', 'entries']).where('chain', '=', chain).executeTakeFirst();
}

/**
 * Takes a chain for the rest of the transaction: whoever holds it is the only one who may read
 * the head and link onto it. On SQLite the first write takes the database's write lock (the
 * same effect as BEGIN IMMEDIATE, across processes sharing the file); on PostgreSQL a
 * transaction-scoped advisory lock on the chain's name serialises the instances.
 */
export async function lockChain(trx: Kysely<Database>, chain: string): Promise<void> {
  if (isPostgres(trx)) {
    await sql`SELECT pg_advisory_xact_lock(${chainLockClass}, hashtext(${chain}))`.execute(trx);
    return;
  }
  await trx.updateTable('audit_chain_heads').set((eb) => ({ entries: eb.ref('entries') })).where('chain', '=', chain).execute();
}

// The first key of the two-key advisory lock: keeps audit chain locks apart from any other.
const chainLockClass = 0x61_75_64;

export async function writeHead(db: Kysely<Database>, chain: string, lastId: number, hash: string): Promise<void> {
  await db
    .insertInto('audit_chain_heads')
    .values({ chain, last_id: lastId, hash, entries: 1 })
    .onConflict((oc) =>
      oc.column('chain').doUpdateSet((eb) => ({ last_id: eb.ref('excluded.last_id'), hash: eb.ref('excluded.hash'), entries: sql<number>`audit_chain_heads.entries + 1` })),
    )
    .execute();
}

/**
 * One-time step for rows written before the chain existed (or any left unchained): links
 * them in id order onto their chain. The trigger allows exactly this update, filling a
 * missing hash, and nothing else.
 */
export async function chainUnchainedRows(db: Kysely<Database>): Promise<number> {
  return inTransaction(db, async (trx) => {
    // Under the write lock, so two processes starting together cannot both link the same rows.
    await lockChain(trx, '');
    const pending: ChainRow[] = await trx.selectFrom('audit_events').selectAll().where('hash', 'is', null).orderBy('id').execute();
    for (const row of pending) {
      const chain = chainOf(row.workspace_id);
      await lockChain(trx, chain);
      const prev = (await readHead(trx, chain))?.hash ?? genesisHash;
      const hash = rowHash(prev, row);
      await trx.updateTable('audit_events').set({ prev_hash: prev, hash }).where('id', '=', row.id).where('hash', 'is', null).execute();
      await writeHead(trx, chain, row.id, hash);
    }
    return pending.length;
  });
}

/** Walks one chain from its first row and reports the first link that does not hold. */
export async function verifyChain(db: Kysely<Database>, workspaceId: string | null): Promise<AuditVerification> {
  const chain = chainOf(workspaceId);
  const rows: ChainRow[] = await db
    .selectFrom('audit_events')
    .selectAll()
    .where(sql<string>`coalesce(workspace_id, '')`, '=', chain)
    .orderBy('id')
    .execute();
  let prev = genesisHash;
  let lastId: number | null = null;
  let checked = 0;
  for (const row of rows) {
    if (row.hash === null || row.prev_hash !== prev) {
      return broken(checked, row, lastId === null ? 'An earlier entry is missing before this one.' : `An entry between #${lastId} and this one is missing or was changed.`);
    }
    if (rowHash(prev, row) !== row.hash) return broken(checked, row, 'This entry was changed after it was written.');
    prev = row.hash;
    lastId = row.id;
    checked += 1;
  }
  const head = await readHead(db, chain);
  if ((head?.hash ?? genesisHash) !== prev || (head?.entries ?? 0) !== checked) {
    return {
      ok: false,
      checked,
      headHash: prev,
      firstBroken: { id: lastId, at: null, problem: lastId === null ? 'Every entry of this log is missing.' : `Entries after #${lastId} are missing.` },
    };
  }
  return { ok: true, checked, headHash: prev, firstBroken: null };
}

function broken(checked: number, row: ChainRow, problem: string): AuditVerification {
  return { ok: false, checked, headHash: null, firstBroken: { id: row.id, at: row.at, problem } };
}
