import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected } from '../data/engine';
import { isReminderKind, type ReminderFacts, type ReminderKind, type ReminderView } from '../../shared/reminders';

/** What is remembered of one event for one person. */
export interface ReminderRecord {
  readonly userId: string;
  readonly workspaceId: string;
  readonly eventKey: string;
  readonly kind: ReminderKind;
  readonly facts: ReminderFacts[ReminderKind];
  readonly link: string;
  readonly at: string;
  readonly shown: boolean;
}

interface Row {
  id: number;
  workspace_id: string;
  kind: string;
  params: string;
  link: string;
  created_at: string;
}

/**
 * Reminders given, one per event and person (the unique key is the job's memory, so running
 * it twice, or on two instances at once, reminds once), and whether each has been read.
 */
export class ReminderRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records a reminder unless this person already has one for this event; true when it is new
   * and so should be delivered. A reminder the person turned off is kept as read: remembered,
   * never shown.
   */
  async record(input: ReminderRecord): Promise<boolean> {
    const inserted = await this.db
      .insertInto('reminders')
      .values({
        user_id: input.userId,
        workspace_id: input.workspaceId,
        event_key: input.eventKey,
        kind: input.kind,
        params: JSON.stringify(input.facts),
        link: input.link,
        created_at: input.at,
        read_at: input.shown ? null : input.at,
      })
      .onConflict((oc) => oc.columns(['user_id', 'event_key']).doNothing())
      .returning('id')
      .execute();
    return inserted.length > 0;
  }

  /** Unread reminders of one person in the workspaces they still belong to, newest first. */
  async unread(userId: string, limit = 50): Promise<ReminderView[]> {
    const rows: Row[] = await this.db
      .selectFrom('reminders as r')
      .innerJoin('memberships as m', (join) => join.onRef('m.workspace_id', '=', 'r.workspace_id').onRef('m.user_id', '=', 'r.user_id'))
      .select(['r.id', 'r.workspace_id', 'r.kind', 'r.params', 'r.link', 'r.created_at'])
      .where('r.user_id', '=', userId)
      .where('r.read_at', 'is', null)
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit)
      .execute();
    return rows.flatMap((row) => {
      if (!isReminderKind(row.kind)) return [];
      try {
        return [{ id: row.id, workspaceId: row.workspace_id, kind: row.kind, facts: JSON.parse(row.params), link: row.link, createdAt: row.created_at } as ReminderView];
      } catch {
        return [];
      }
    });
  }

  /** Marks one of the person's own reminders read; false when it is not theirs or already read. */
  async markRead(userId: string, id: number, at: string): Promise<boolean> {
    const result = await this.db.updateTable('reminders').set({ read_at: at }).where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
    return affected(result) > 0;
  }

  /** Every workspace with its zone: the job looks at each student's day in their own zone. */
  async workspaces(): Promise<{ id: string; timeZone: string }[]> {
    const rows = await this.db.selectFrom('workspaces').select(['id', 'time_zone']).execute();
    return rows.map((row) => ({ id: row.id, timeZone: row.time_zone }));
  }
}
