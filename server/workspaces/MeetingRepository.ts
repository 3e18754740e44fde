import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected } from '../data/engine';
import type { MeetingSummary } from '../../shared/api';
import { isMeetingKind, type MeetingKind } from '../../shared/schema/vocabulary';
import { newId } from '../accounts/secrets';
import { creationTime } from '../data/creationTime';
import { meetingDocName } from '../../shared/docName';

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
  docName: meetingDocName(row.workspace_id, row.id),
});

/**
 * The list of a workspace's meetings. Each meeting's content (agenda, attendance, notes...)
 * lives in its own shared document; this table only lets the workspace list and find them.
 */
export class MeetingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(workspaceId: string, input: { kind: MeetingKind; title: string; startsAt: string }, createdBy: string): Promise<MeetingSummary> {
    const id = newId('m');
    await this.db
      .insertInto('meetings')
      .values({ id, workspace_id: workspaceId, kind: input.kind, title: input.title, starts_at: input.startsAt, created_by: createdBy, created_at: creationTime() })
      .execute();
    return (await this.find(workspaceId, id))!;
  }

  async find(workspaceId: string, meetingId: string): Promise<MeetingSummary | null> {
    const row: MeetingRow | undefined = await this.db.selectFrom('meetings').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', meetingId).executeTakeFirst();
    return row ? toSummary(row) : null;
  }

  async list(workspaceId: string): Promise<MeetingSummary[]> {
    // Meetings at the same time: the one added last first, as everywhere else in this newest-first list.
    const rows: MeetingRow[] = await this.db
      .selectFrom('meetings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('starts_at', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toSummary);
  }

  async update(workspaceId: string, meetingId: string, patch: { kind: MeetingKind; title: string; startsAt: string }): Promise<boolean> {
    const result = await this.db
      .updateTable('meetings')
      .set({ kind: patch.kind, title: patch.title, starts_at: patch.startsAt })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', meetingId)
      .executeTakeFirst();
    return affected(result) > 0;
  }
}
