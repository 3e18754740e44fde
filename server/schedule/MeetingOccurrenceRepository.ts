import type Database from 'better-sqlite3';
import type { MeetingSummary } from '../../shared/api';
import type { MeetingKind } from '../../shared/schema/vocabulary';
import type { MeetingRepository } from '../workspaces/MeetingRepository';

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

/**
 * Which meeting each occurrence of a recurring check-in or joint evaluation became. The key is
 * series + date: looking it up and creating the meeting run in one write transaction taken at
 * its start (BEGIN IMMEDIATE), so two requests, on one instance or several sharing the
 * database, never both create one; the primary key is the last word if anything else tries.
 */
export class MeetingOccurrenceRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly meetings: MeetingRepository,
  ) {}

  find(workspaceId: string, seriesId: string, date: string): MeetingSummary | null {
    const row = this.db
      .prepare<[string, string, string], { meeting_id: string }>('SELECT meeting_id FROM meeting_occurrences WHERE workspace_id = ? AND series_id = ? AND occurrence_date = ?')
      .get(workspaceId, seriesId, date);
    return row ? this.meetings.find(workspaceId, row.meeting_id) : null;
  }

  /** The occurrence's meeting, created now if it has none yet; `created` says which. */
  ensure(input: OccurrenceMeetingInput): { meeting: MeetingSummary; created: boolean } {
    const run = this.db.transaction((): { meeting: MeetingSummary; created: boolean } => {
      const existing = this.find(input.workspaceId, input.seriesId, input.date);
      if (existing) return { meeting: existing, created: false };
      const meeting = this.meetings.create(input.workspaceId, { kind: input.kind, title: input.title, startsAt: input.startsAt }, input.createdBy);
      this.db
        .prepare('INSERT INTO meeting_occurrences (workspace_id, series_id, occurrence_date, meeting_id) VALUES (?, ?, ?, ?)')
        .run(input.workspaceId, input.seriesId, input.date, meeting.id);
      return { meeting, created: true };
    });
    return run.immediate();
  }

  /** Every meeting made from a series, by occurrence date. */
  forSeries(workspaceId: string, seriesId: string): Map<string, string> {
    const rows = this.db
      .prepare<[string, string], { occurrence_date: string; meeting_id: string }>('SELECT occurrence_date, meeting_id FROM meeting_occurrences WHERE workspace_id = ? AND series_id = ?')
      .all(workspaceId, seriesId);
    return new Map(rows.map((row) => [row.occurrence_date, row.meeting_id]));
  }
}
