import type Database from 'better-sqlite3';
import { hashSecret, newId, newSecret, nowIso } from './secrets';

export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly expiresAt: string;
}

interface SessionRow {
  id: string;
  user_id: string;
  expires_at: string;
  revoked_at: string | null;
}

/** Server-side sessions: the cookie holds a random secret, the table only its hash. */
export class SessionRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly lifetimeMs: number,
  ) {}

  create(userId: string): { session: Session; secret: string } {
    const secret = newSecret();
    const session: Session = { id: newId('s'), userId, expiresAt: new Date(Date.now() + this.lifetimeMs).toISOString() };
    this.db
      .prepare('INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(session.id, hashSecret(secret), userId, nowIso(), session.expiresAt);
    return { session, secret };
  }

  /** The live session a cookie secret names, or null if unknown, revoked or expired. */
  findLive(secret: string): Session | null {
    const row = this.db
      .prepare<[string], SessionRow>('SELECT id, user_id, expires_at, revoked_at FROM sessions WHERE token_hash = ?')
      .get(hashSecret(secret));
    if (!row || row.revoked_at !== null || Date.parse(row.expires_at) <= Date.now()) return null;
    return { id: row.id, userId: row.user_id, expiresAt: row.expires_at };
  }

  /** When this session was created (its sign-in), or null if unknown. */
  signedInAt(sessionId: string): string | null {
    const row = this.db.prepare<[string], { created_at: string }>('SELECT created_at FROM sessions WHERE id = ?').get(sessionId);
    return row?.created_at ?? null;
  }

  /** Ends every live session of a person except `keep` (the one asking); their ids, to close their sockets. */
  revokeAllForUser(userId: string, keep: string | null = null): string[] {
    const now = nowIso();
    const ids = this.db
      .prepare<[string, string, string], { id: string }>(
        'SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? AND id != ?',
      )
      .all(userId, now, keep ?? '')
      .map((row) => row.id);
    const revoke = this.db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ?');
    this.db.transaction(() => ids.forEach((id) => revoke.run(now, id)))();
    return ids;
  }

  revoke(sessionId: string): void {
    this.db.prepare('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(nowIso(), sessionId);
  }
}
