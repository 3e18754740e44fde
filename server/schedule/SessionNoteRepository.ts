import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import type { Role, Setting } from '../../shared/roles';
import type { SessionNoteView } from '../../shared/scheduleApi';
import { newId } from '../accounts/secrets';
import { creationTime } from '../data/creationTime';

interface Row {
  id: string;
  target_kind: string;
  target_id: string;
  topic: string;
  body: string;
  author_id: string;
  author_name: string;
  author_role: string;
  author_setting: string;
  created_at: string;
}

export interface StoredNote extends Omit<SessionNoteView, 'audience'> {
  readonly topic: string;
}

const toNote = (row: Row): StoredNote => ({
  id: row.id,
  target: { kind: row.target_kind === 'support' ? 'support' : 'goal', id: row.target_id },
  topic: row.topic,
  body: row.body,
  authorId: row.author_id,
  authorName: row.author_name,
  authorRole: row.author_role as Role,
  authorSetting: row.author_setting as Setting,
  createdAt: row.created_at,
});

/** Session notes as written; who may read each one is decided by `noteVisibility`. */
export class SessionNoteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: { workspaceId: string; target: SessionNoteView['target']; topic: string; body: string; authorId: string; authorRole: Role; authorSetting: Setting }): Promise<StoredNote> {
    const id = newId('note');
    await this.db
      .insertInto('session_notes')
      .values({
        id,
        workspace_id: input.workspaceId,
        target_kind: input.target.kind,
        target_id: input.target.id,
        topic: input.topic,
        body: input.body,
        author_id: input.authorId,
        author_role: input.authorRole,
        author_setting: input.authorSetting,
        created_at: creationTime(),
      })
      .execute();
    const row: Row = await this.select().where('n.workspace_id', '=', input.workspaceId).where('n.id', '=', id).executeTakeFirstOrThrow();
    return toNote(row);
  }

  async list(workspaceId: string): Promise<StoredNote[]> {
    const rows: Row[] = await this.select().where('n.workspace_id', '=', workspaceId).orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').execute();
    return rows.map(toNote);
  }

  private select() {
    return this.db.selectFrom('session_notes as n').innerJoin('users as u', 'u.id', 'n.author_id').selectAll('n').select('u.display_name as author_name');
  }
}
