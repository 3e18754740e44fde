import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  defaultDeliveries,
  isNotificationDelivery,
  isNotificationKind,
  type NotificationDelivery,
  type NotificationKind,
  type NotificationPreferences,
} from '../../shared/notifications';

export interface DigestItem {
  readonly id: number;
  readonly kind: NotificationKind;
  readonly line: string;
  readonly link: string;
  readonly queuedAt: string;
}

/** Per-person mail preferences, the daily digest queue and the unsubscribe signing key. */
export class NotificationRepository {
  constructor(private readonly db: Database.Database) {}

  preferences(userId: string): NotificationPreferences {
    const chosen = { ...defaultDeliveries };
    const rows = this.db
      .prepare<[string], { kind: string; delivery: string }>('SELECT kind, delivery FROM notification_preferences WHERE user_id = ?')
      .all(userId);
    for (const row of rows) {
      if (isNotificationKind(row.kind) && isNotificationDelivery(row.delivery)) chosen[row.kind] = row.delivery;
    }
    return chosen;
  }

  setPreference(userId: string, kind: NotificationKind, delivery: NotificationDelivery): void {
    this.db
      .prepare(
        `INSERT INTO notification_preferences (user_id, kind, delivery) VALUES (?, ?, ?)
         ON CONFLICT (user_id, kind) DO UPDATE SET delivery = excluded.delivery`,
      )
      .run(userId, kind, delivery);
  }

  queueForDigest(userId: string, kind: NotificationKind, line: string, link: string, at: string): void {
    this.db
      .prepare('INSERT INTO notification_digest (user_id, kind, line, link, queued_at) VALUES (?, ?, ?, ?, ?)')
      .run(userId, kind, line, link, at);
  }

  /** People whose oldest waiting item was queued at or before `dueBefore`. */
  usersWithDigestDue(dueBefore: string): string[] {
    return this.db
      .prepare<[string], { user_id: string }>(
        'SELECT user_id FROM notification_digest WHERE sent_at IS NULL GROUP BY user_id HAVING min(queued_at) <= ?',
      )
      .all(dueBefore)
      .map((row) => row.user_id);
  }

  pendingDigest(userId: string): DigestItem[] {
    return this.db
      .prepare<[string], { id: number; kind: string; line: string; link: string; queued_at: string }>(
        'SELECT id, kind, line, link, queued_at FROM notification_digest WHERE user_id = ? AND sent_at IS NULL ORDER BY id',
      )
      .all(userId)
      .flatMap((row) => (isNotificationKind(row.kind) ? [{ id: row.id, kind: row.kind, line: row.line, link: row.link, queuedAt: row.queued_at }] : []));
  }

  markDigestSent(ids: readonly number[], at: string): void {
    const mark = this.db.prepare('UPDATE notification_digest SET sent_at = ? WHERE id = ? AND sent_at IS NULL');
    this.db.transaction(() => {
      for (const id of ids) mark.run(at, id);
    })();
  }

  /** Drops waiting items of a kind the person no longer wants (after unsubscribing). */
  dropPending(userId: string, kind: NotificationKind): void {
    this.db.prepare('DELETE FROM notification_digest WHERE user_id = ? AND kind = ? AND sent_at IS NULL').run(userId, kind);
  }

  /** A 256-bit key made on first use and kept, so links stay valid across restarts and instances. */
  signingKey(name: string): Buffer {
    this.db
      .prepare('INSERT INTO server_keys (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING')
      .run(name, randomBytes(32), new Date().toISOString());
    return this.db.prepare<[string], { secret: Buffer }>('SELECT secret FROM server_keys WHERE name = ?').get(name)!.secret;
  }
}
