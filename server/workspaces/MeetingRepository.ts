import type Database from 'better-sqlite3';
import type { MeetingSummary } from '../../shared/api';
import { isMeetingKind, type MeetingKind } from '../../shared/schema/vocabulary';
import { newId, nowIso } from '../accounts/secrets';

interface MeetingRow {
  id: string;
  workspace_id: string;
  kind: string;
  title: string;
  starts_at: string;
  created_at: string;
}

const toSummary = (row: MeetingRow): MeetingSummary => ({
  id: row.id,
  kind: isMeetingKind(row.kind) ? row.kind : 'check_in',
  title: row.title,
  startsAt: row.starts_at,
  docName: `${row.workspace_id}/meeting/${row.id}`,
});

/**
 * The list of a workspace's meetings. Each meeting's content (agenda, attendance, notes...)
 * lives in its own shared document; this table only lets the workspace list and find them.
 */
export class MeetingRepository {
  constructor(private readonly db: Database.Database) {}

  create(workspaceId: string, input: { kind: MeetingKind; title: string; startsAt: string }, createdBy: string): MeetingSummary {
    const id = newId('m');
    this.db
      .prepare('INSERT INTO meetings (id, workspace_id, kind, title, starts_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, workspaceId, input.kind, input.title, input.startsAt, createdBy, nowIso());
    return this.find(workspaceId, id)!;
  }

  find(workspaceId: string, meetingId: string): MeetingSummary | null {
    const row = this.db
      .prepare<[string, string], MeetingRow>('SELECT * FROM meetings WHERE workspace_id = ? AND id = ?')
      .get(workspaceId, meetingId);
    return row ? toSummary(row) : null;
  }

  list(workspaceId: string): MeetingSummary[] {
    return this.db
      .prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE workspace_id = ? ORDER BY starts_at DESC')
      .all(workspaceId)
      .map(toSummary);
  }

  update(workspaceId: string, meetingId: string, patch: { kind: MeetingKind; title: string; startsAt: string }): boolean {
    return (
      this.db
        .prepare('UPDATE meetings SET kind = ?, title = ?, starts_at = ? WHERE workspace_id = ? AND id = ?')
        .run(patch.kind, patch.title, patch.startsAt, workspaceId, meetingId).changes > 0
    );
  }
}
