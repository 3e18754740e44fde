import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected } from '../data/engine';
import type { AccessTokenView, CreatedAccessToken } from '../../shared/api';
import { hashSecret, newId, newSecret, nowIso } from './secrets';
import { creationTime } from '../data/creationTime';

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
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: string, name: string, lifetimeDays = 90): Promise<CreatedAccessToken> {
    const token = newSecret('bp_pat_');
    const id = newId('tok');
    const createdAt = creationTime();
    const expiresAt = new Date(Date.now() + lifetimeDays * dayMs).toISOString();
    await this.db
      .insertInto('access_tokens')
      .values({ id, token_hash: hashSecret(token), user_id: userId, name, created_at: createdAt, expires_at: expiresAt })
      .execute();
    return { id, name, createdAt, lastUsedAt: null, expiresAt, token };
  }

  /** The person's tokens that were not revoked, expired ones included so they see why a program stopped. */
  async listForUser(userId: string): Promise<AccessTokenView[]> {
    const rows: TokenRow[] = await this.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toView);
  }

  /** The user and token id a secret names, marking it used; null if unknown, revoked or expired. */
  async use(token: string): Promise<{ userId: string; tokenId: string; expiresAt: string | null } | null> {
    const row: TokenRow | undefined = await this.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('token_hash', '=', hashSecret(token))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row || isExpired(row, Date.now())) return null;
    // "Last used" is shown to the minute; a client opening many documents at once would
    // otherwise write this row once per socket.
    if (!row.last_used_at || Date.parse(row.last_used_at) < Date.now() - 60_000) {
      await this.db.updateTable('access_tokens').set({ last_used_at: nowIso() }).where('id', '=', row.id).execute();
    }
    return { userId: row.user_id, tokenId: row.id, expiresAt: row.expires_at };
  }

  /** Revokes one of the user's tokens; false if it is not theirs or already revoked. */
  async revoke(userId: string, tokenId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('access_tokens')
      .set({ revoked_at: nowIso() })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return affected(result) > 0;
  }
}
