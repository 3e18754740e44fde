import type { Kysely } from 'kysely';
import type { MeetingSummary } from '../../shared/api';
import type { MeetingKind } from '../../shared/schema/vocabulary';
import type { Database } from '../data/Database';
import { inTransaction } from '../data/engine';
import { MeetingRepository } from '../workspaces/MeetingRepository';

export interface OccurrenceMeetingInput {
  readonly workspaceId: string;
  readonly seriesId: string;
  /** Local date of the occurrence, YYYY-MM-DD. */
  readonly date: string;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly startsAt: string;
  readonly createdBy: string;
}

/** Thrown inside the transaction to undo a meeting another request already made for the occurrence. */
class OccurrenceTaken extends Error {}

/**
 * Which meeting each occurrence of a recurring check-in or joint evaluation became. The key is
 * series + date: the meeting and its occurrence row are written in one transaction, and when
 * another request (on this instance or another sharing the database) got there first the
 * primary key refuses the second row, the transaction is undone and the first meeting is used.
 */
export class MeetingOccurrenceRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly meetings: MeetingRepository,
  ) {}

  async find(workspaceId: string, seriesId: string, date: string): Promise<MeetingSummary | null> {
    const row = await this.db
      .selectFrom('meeting_occurrences')
      .select('meeting_id')
      .where('workspace_id', '=', workspaceId)
      .where('series_id', '=', seriesId)
      .where('occurrence_date', '=', date)
      .executeTakeFirst();
    return row ? this.meetings.find(workspaceId, row.meeting_id) : null;
  }

  /** The occurrence's meeting, created now if it has none yet; `created` says which. */
  async ensure(input: OccurrenceMeetingInput): Promise<{ meeting: MeetingSummary; created: boolean }> {
    const existing = await this.find(input.workspaceId, input.seriesId, input.date);
    if (existing) return { meeting: existing, created: false };
    try {
      const meeting = await inTransaction(this.db, async (trx) => {
        const made = await new MeetingRepository(trx).create(input.workspaceId, { kind: input.kind, title: input.title, startsAt: input.startsAt }, input.createdBy);
        const inserted = await trx
          .insertInto('meeting_occurrences')
          .values({ workspace_id: input.workspaceId, series_id: input.seriesId, occurrence_date: input.date, meeting_id: made.id })
          .onConflict((oc) => oc.doNothing())
          .returning('meeting_id')
          .execute();
        if (inserted.length === 0) throw new OccurrenceTaken();
        return made;
      });
      return { meeting, created: true };
    } catch (error) {
      if (!(error instanceof OccurrenceTaken)) throw error;
      const winner = await this.find(input.workspaceId, input.seriesId, input.date);
      if (!winner) throw new Error('occurrence meeting vanished after a concurrent create');
      return { meeting: winner, created: false };
    }
  }

  /** Every meeting made from a series, by occurrence date. */
  async forSeries(workspaceId: string, seriesId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('meeting_occurrences')
      .select(['occurrence_date', 'meeting_id'])
      .where('workspace_id', '=', workspaceId)
      .where('series_id', '=', seriesId)
      .execute();
    return new Map(rows.map((row) => [row.occurrence_date, row.meeting_id]));
  }
}
