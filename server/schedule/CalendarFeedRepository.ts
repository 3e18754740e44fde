import type Database from 'better-sqlite3';
import { hashSecret, newId, newSecret, nowIso } from '../accounts/secrets';

/**
 * One personal calendar feed per person at a time. The URL carries a 256-bit secret; only its
 * SHA-256 is kept, so a copy of the database opens no feed. Making a new one revokes the old.
 */
export class CalendarFeedRepository {
  constructor(private readonly db: Database.Database) {}

  create(userId: string): string {
    const secret = newSecret('cal_');
    this.db.transaction(() => {
      this.revoke(userId);
      this.db.prepare('INSERT INTO calendar_feeds (id, user_id, secret_hash, created_at) VALUES (?, ?, ?, ?)').run(newId('feed'), userId, hashSecret(secret), nowIso());
    })();
    return secret;
  }

  revoke(userId: string): boolean {
    return this.db.prepare('UPDATE calendar_feeds SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(nowIso(), userId).changes > 0;
  }

  active(userId: string): { createdAt: string } | null {
    const row = this.db.prepare<[string], { created_at: string }>('SELECT created_at FROM calendar_feeds WHERE user_id = ? AND revoked_at IS NULL').get(userId);
    return row ? { createdAt: row.created_at } : null;
  }

  /** The person a live feed secret belongs to, or null. */
  userFor(secret: string): string | null {
    const row = this.db.prepare<[string], { user_id: string }>('SELECT user_id FROM calendar_feeds WHERE secret_hash = ? AND revoked_at IS NULL').get(hashSecret(secret));
    return row?.user_id ?? null;
  }
}
