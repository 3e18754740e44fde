import type Database from 'better-sqlite3';
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
  constructor(private readonly db: Database.Database) {}

  /**
   * Records a reminder unless this person already has one for this event; true when it is new
   * and so should be delivered. A reminder the person turned off is kept as read: remembered,
   * never shown.
   */
  record(input: ReminderRecord): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO reminders (user_id, workspace_id, event_key, kind, params, link, created_at, read_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, event_key) DO NOTHING`,
        )
        .run(input.userId, input.workspaceId, input.eventKey, input.kind, JSON.stringify(input.facts), input.link, input.at, input.shown ? null : input.at).changes > 0
    );
  }

  /** Unread reminders of one person in the workspaces they still belong to, newest first. */
  unread(userId: string, limit = 50): ReminderView[] {
    const rows = this.db
      .prepare<[string, number], Row>(
        `SELECT r.id, r.workspace_id, r.kind, r.params, r.link, r.created_at FROM reminders r
         JOIN memberships m ON m.workspace_id = r.workspace_id AND m.user_id = r.user_id
         WHERE r.user_id = ? AND r.read_at IS NULL ORDER BY r.created_at DESC, r.id DESC LIMIT ?`,
      )
      .all(userId, limit);
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
  markRead(userId: string, id: number, at: string): boolean {
    return this.db.prepare('UPDATE reminders SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL').run(at, id, userId).changes > 0;
  }

  /** Every workspace with its zone: the job looks at each student's day in their own zone. */
  workspaces(): { id: string; timeZone: string }[] {
    return this.db.prepare<[], { id: string; time_zone: string }>('SELECT id, time_zone FROM workspaces').all().map((row) => ({ id: row.id, timeZone: row.time_zone }));
  }
}
