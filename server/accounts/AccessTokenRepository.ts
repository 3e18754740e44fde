import type Database from 'better-sqlite3';
import type { AccessTokenView, CreatedAccessToken } from '../../shared/api';
import { hashSecret, newId, newSecret, nowIso } from './secrets';

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}

const toView = (row: TokenRow): AccessTokenView => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  expiresAt: row.expires_at,
});

const dayMs = 24 * 3_600_000;

const isExpired = (row: TokenRow, now: number): boolean => row.expires_at !== null && Date.parse(row.expires_at) <= now;

/** Personal access tokens for non-browser clients; stored hashed, shown once, expiring. */
export class AccessTokenRepository {
  constructor(private readonly db: Database.Database) {}

  create(userId: string, name: string, lifetimeDays = 90): CreatedAccessToken {
    const token = newSecret('bp_pat_');
    const id = newId('tok');
    const createdAt = nowIso();
    const expiresAt = new Date(Date.now() + lifetimeDays * dayMs).toISOString();
    this.db
      .prepare('INSERT INTO access_tokens (id, token_hash, user_id, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, hashSecret(token), userId, name, createdAt, expiresAt);
    return { id, name, createdAt, lastUsedAt: null, expiresAt, token };
  }

  /** The person's tokens that were not revoked, expired ones included so they see why a program stopped. */
  listForUser(userId: string): AccessTokenView[] {
    return this.db
      .prepare<[string], TokenRow>(
        'SELECT * FROM access_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC',
      )
      .all(userId)
      .map(toView);
  }

  /** The user and token id a secret names, marking it used; null if unknown, revoked or expired. */
  use(token: string): { userId: string; tokenId: string; expiresAt: string | null } | null {
    const row = this.db
      .prepare<[string], TokenRow>('SELECT * FROM access_tokens WHERE token_hash = ? AND revoked_at IS NULL')
      .get(hashSecret(token));
    if (!row || isExpired(row, Date.now())) return null;
    // "Last used" is shown to the minute; a client opening many documents at once would
    // otherwise write this row once per socket.
    if (!row.last_used_at || Date.parse(row.last_used_at) < Date.now() - 60_000) {
      this.db.prepare('UPDATE access_tokens SET last_used_at = ? WHERE id = ?').run(nowIso(), row.id);
    }
    return { userId: row.user_id, tokenId: row.id, expiresAt: row.expires_at };
  }

  /** Revokes one of the user's tokens; false if it is not theirs or already revoked. */
  revoke(userId: string, tokenId: string): boolean {
    const result = this.db
      .prepare('UPDATE access_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL')
      .run(nowIso(), tokenId, userId);
    return result.changes > 0;
  }
}
