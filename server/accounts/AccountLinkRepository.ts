import type Database from 'better-sqlite3';
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
  constructor(private readonly db: Database.Database) {}

  /** A new link; earlier unused links for the same purpose stop working, so only the newest mail counts. */
  create(userId: string, email: string, purpose: AccountLinkPurpose): string {
    const secret = newSecret(purpose === 'verify_email' ? 'bp_verify_' : 'bp_reset_');
    const now = Date.now();
    this.db.transaction(() => {
      this.revokeUnused(userId, purpose);
      this.db
        .prepare('INSERT INTO account_links (id, token_hash, user_id, purpose, email, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(newId('link'), hashSecret(secret), userId, purpose, email, new Date(now).toISOString(), new Date(now + accountLinkLifetimesMs[purpose]).toISOString());
    })();
    return secret;
  }

  /** The person and address a live link names, marking it used; null if unknown, used or expired. */
  consume(secret: string, purpose: AccountLinkPurpose): { userId: string; email: string } | null {
    const now = nowIso();
    const row = this.db
      .prepare<[string, string, string, string], LinkRow>(
        `UPDATE account_links SET used_at = ? WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
         RETURNING id, user_id, email`,
      )
      .get(now, hashSecret(secret), purpose, now);
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  revokeUnused(userId: string, purpose: AccountLinkPurpose): void {
    this.db.prepare('UPDATE account_links SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL').run(nowIso(), userId, purpose);
  }
}
