import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
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
    private readonly db: Kysely<Database>,
    private readonly lifetimeMs: number,
  ) {}

  async create(userId: string): Promise<{ session: Session; secret: string }> {
    const secret = newSecret();
    const session: Session = { id: newId('s'), userId, expiresAt: new Date(Date.now() + this.lifetimeMs).toISOString() };
    await this.db
      .insertInto('sessions')
      .values({ id: session.id, token_hash: hashSecret(secret), user_id: userId, created_at: nowIso(), expires_at: session.expiresAt })
      .execute();
    return { session, secret };
  }

  /** The live session a cookie secret names, or null if unknown, revoked or expired. */
  async findLive(secret: string): Promise<Session | null> {
    const row: SessionRow | undefined = await this.db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'expires_at', 'revoked_at'])
      .where('token_hash', '=', hashSecret(secret))
      .executeTakeFirst();
    if (!row || row.revoked_at !== null || Date.parse(row.expires_at) <= Date.now()) return null;
    return { id: row.id, userId: row.user_id, expiresAt: row.expires_at };
  }

  /** When this session was created (its sign-in), or null if unknown. */
  async signedInAt(sessionId: string): Promise<string | null> {
    const row = await this.db.selectFrom('sessions').select('created_at').where('id', '=', sessionId).executeTakeFirst();
    return row?.created_at ?? null;
  }

  /** Ends every live session of a person except `keep` (the one asking); their ids, to close their sockets. */
  async revokeAllForUser(userId: string, keep: string | null = null): Promise<string[]> {
    const now = nowIso();
    // One statement: the sessions it ends are exactly the ones it names.
    const rows = await this.db
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .where('id', '!=', keep ?? '')
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: nowIso() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
  }
}
