import type Database from 'better-sqlite3';
import type { Role, Setting } from '../../shared/roles';
import type { SessionNoteView } from '../../shared/scheduleApi';
import { newId, nowIso } from '../accounts/secrets';

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

const select = 'SELECT n.*, u.display_name AS author_name FROM session_notes n JOIN users u ON u.id = n.author_id';

/** Session notes as written; who may read each one is decided by `noteVisibility`. */
export class SessionNoteRepository {
  constructor(private readonly db: Database.Database) {}

  create(input: { workspaceId: string; target: SessionNoteView['target']; topic: string; body: string; authorId: string; authorRole: Role; authorSetting: Setting }): StoredNote {
    const id = newId('note');
    this.db
      .prepare(
        `INSERT INTO session_notes (id, workspace_id, target_kind, target_id, topic, body, author_id, author_role, author_setting, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.workspaceId, input.target.kind, input.target.id, input.topic, input.body, input.authorId, input.authorRole, input.authorSetting, nowIso());
    return this.db.prepare<[string], Row>(`${select} WHERE n.id = ?`).all(id).map(toNote)[0]!;
  }

  list(workspaceId: string): StoredNote[] {
    return this.db.prepare<[string], Row>(`${select} WHERE n.workspace_id = ? ORDER BY n.created_at DESC, n.id`).all(workspaceId).map(toNote);
  }
}
