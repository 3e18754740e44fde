import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { inTransaction } from '../data/engine';
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
  constructor(private readonly db: Kysely<Database>) {}

  async preferences(userId: string): Promise<NotificationPreferences> {
    const chosen = { ...defaultDeliveries };
    const rows = await this.db.selectFrom('notification_preferences').select(['kind', 'delivery']).where('user_id', '=', userId).execute();
    for (const row of rows) {
      if (isNotificationKind(row.kind) && isNotificationDelivery(row.delivery)) chosen[row.kind] = row.delivery;
    }
    return chosen;
  }

  async setPreference(userId: string, kind: NotificationKind, delivery: NotificationDelivery): Promise<void> {
    await this.db
      .insertInto('notification_preferences')
      .values({ user_id: userId, kind, delivery })
      .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet((eb) => ({ delivery: eb.ref('excluded.delivery') })))
      .execute();
  }

  async queueForDigest(userId: string, kind: NotificationKind, line: string, link: string, at: string): Promise<void> {
    await this.db.insertInto('notification_digest').values({ user_id: userId, kind, line, link, queued_at: at }).execute();
  }

  /** People whose oldest waiting item was queued at or before `dueBefore`. */
  async usersWithDigestDue(dueBefore: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('notification_digest')
      .select('user_id')
      .where('sent_at', 'is', null)
      .groupBy('user_id')
      .having((eb) => eb.fn.min('queued_at'), '<=', dueBefore)
      .execute();
    return rows.map((row) => row.user_id);
  }

  async pendingDigest(userId: string): Promise<DigestItem[]> {
    const rows = await this.db
      .selectFrom('notification_digest')
      .select(['id', 'kind', 'line', 'link', 'queued_at'])
      .where('user_id', '=', userId)
      .where('sent_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.flatMap((row) => (isNotificationKind(row.kind) ? [{ id: row.id, kind: row.kind, line: row.line, link: row.link, queuedAt: row.queued_at }] : []));
  }

  async markDigestSent(ids: readonly number[], at: string): Promise<void> {
    if (ids.length === 0) return;
    await inTransaction(this.db, async (trx) => {
      for (const id of ids) await trx.updateTable('notification_digest').set({ sent_at: at }).where('id', '=', id).where('sent_at', 'is', null).execute();
    });
  }

  /** Drops waiting items of a kind the person no longer wants (after unsubscribing). */
  async dropPending(userId: string, kind: NotificationKind): Promise<void> {
    await this.db.deleteFrom('notification_digest').where('user_id', '=', userId).where('kind', '=', kind).where('sent_at', 'is', null).execute();
  }

  /** A 256-bit key made on first use and kept, so links stay valid across restarts and instances. */
  async signingKey(name: string): Promise<Buffer> {
    await this.db
      .insertInto('server_keys')
      .values({ name, secret: randomBytes(32), created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await this.db.selectFrom('server_keys').select('secret').where('name', '=', name).executeTakeFirstOrThrow();
    return row.secret;
  }
}
