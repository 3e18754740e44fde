import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected, inTransaction } from '../data/engine';
import { hashSecret, newId, newSecret, nowIso } from '../accounts/secrets';

/**
 * One personal calendar feed per person at a time. The URL carries a 256-bit secret; only its
 * SHA-256 is kept, so a copy of the database opens no feed. Making a new one revokes the old.
 */
export class CalendarFeedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(userId: string): Promise<string> {
    const secret = newSecret('cal_');
    await inTransaction(this.db, async (trx) => {
      await new CalendarFeedRepository(trx).revoke(userId);
      await trx.insertInto('calendar_feeds').values({ id: newId('feed'), user_id: userId, secret_hash: hashSecret(secret), created_at: nowIso() }).execute();
    });
    return secret;
  }

  async revoke(userId: string): Promise<boolean> {
    const result = await this.db.updateTable('calendar_feeds').set({ revoked_at: nowIso() }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
    return affected(result) > 0;
  }

  async active(userId: string): Promise<{ createdAt: string } | null> {
    const row = await this.db.selectFrom('calendar_feeds').select('created_at').where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
    return row ? { createdAt: row.created_at } : null;
  }

  /** The person a live feed secret belongs to, or null. */
  async userFor(secret: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('calendar_feeds')
      .select('user_id')
      .where('secret_hash', '=', hashSecret(secret))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row?.user_id ?? null;
  }
}
