import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
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

export function readHead(db: Database.Database, chain: string): HeadRow | undefined {
  return db.prepare<[string], HeadRow>('SELECT last_id, hash, entries FROM audit_chain_heads WHERE chain = ?').get(chain);
}

export function writeHead(db: Database.Database, chain: string, lastId: number, hash: string): void {
  db.prepare(
    `INSERT INTO audit_chain_heads (chain, last_id, hash, entries) VALUES (?, ?, ?, 1)
     ON CONFLICT (chain) DO UPDATE SET last_id = excluded.last_id, hash = excluded.hash, entries = entries + 1`,
  ).run(chain, lastId, hash);
}

/**
 * One-time step for rows written before the chain existed (or any left unchained): links
 * them in id order onto their chain. The trigger allows exactly this update, filling a
 * missing hash, and nothing else.
 */
export function chainUnchainedRows(db: Database.Database): number {
  const pending = db.prepare<[], ChainRow>('SELECT * FROM audit_events WHERE hash IS NULL ORDER BY id').all();
  if (pending.length === 0) return 0;
  const setHash = db.prepare<[string, string, number]>('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?');
  db.transaction(() => {
    for (const row of pending) {
      const chain = chainOf(row.workspace_id);
      const prev = readHead(db, chain)?.hash ?? genesisHash;
      const hash = rowHash(prev, row);
      setHash.run(prev, hash, row.id);
      writeHead(db, chain, row.id, hash);
    }
  }).immediate();
  return pending.length;
}

/** Walks one chain from its first row and reports the first link that does not hold. */
export function verifyChain(db: Database.Database, workspaceId: string | null): AuditVerification {
  const chain = chainOf(workspaceId);
  const rows = db
    .prepare<[string], ChainRow>("SELECT * FROM audit_events WHERE coalesce(workspace_id, '') = ? ORDER BY id")
    .iterate(chain);
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
  const head = readHead(db, chain);
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
