import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { inTransaction } from '../data/engine';
import { hashSecret, newId, newSecret, nowIso } from './secrets';

/** What a mailed one-time link does. */
export type AccountLinkPurpose = 'verify_email' | 'reset_password';

export const accountLinkLifetimesMs: Record<AccountLinkPurpose, number> = {
  verify_email: 24 * 3_600_000,
  // A reset link in a mailbox is a key to the account: it lives one hour.
  reset_password: 3_600_000,
};

interface LinkRow {
  id: string;
  user_id: string;
  email: string;
}

/**
 * One-time links mailed to a person. The link carries a random secret; the table keeps its hash,
 * the address it was sent to, and when it expires. Using a link marks it used in the same
 * statement that finds it, so two concurrent uses cannot both succeed.
 */
export class AccountLinkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A new link; earlier unused links for the same purpose stop working, so only the newest mail counts. */
  async create(userId: string, email: string, purpose: AccountLinkPurpose): Promise<string> {
    const secret = newSecret(purpose === 'verify_email' ? 'bp_verify_' : 'bp_reset_');
    const now = Date.now();
    await inTransaction(this.db, async (trx) => {
      await revokeUnusedLinks(trx, userId, purpose);
      await trx
        .insertInto('account_links')
        .values({
          id: newId('link'),
          token_hash: hashSecret(secret),
          user_id: userId,
          purpose,
          email,
          created_at: new Date(now).toISOString(),
          expires_at: new Date(now + accountLinkLifetimesMs[purpose]).toISOString(),
        })
        .execute();
    });
    return secret;
  }

  /** The person and address a live link names, marking it used; null if unknown, used or expired. */
  async consume(secret: string, purpose: AccountLinkPurpose): Promise<{ userId: string; email: string } | null> {
    const now = nowIso();
    const row: LinkRow | undefined = await this.db
      .updateTable('account_links')
      .set({ used_at: now })
      .where('token_hash', '=', hashSecret(secret))
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['id', 'user_id', 'email'])
      .executeTakeFirst();
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  async revokeUnused(userId: string, purpose: AccountLinkPurpose): Promise<void> {
    await revokeUnusedLinks(this.db, userId, purpose);
  }
}

async function revokeUnusedLinks(db: Kysely<Database>, userId: string, purpose: AccountLinkPurpose): Promise<void> {
  await db
    .updateTable('account_links')
    .set({ used_at: nowIso() })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
