import type Database from 'better-sqlite3';
import type { HistoryEntry, HistoryKind } from '../../shared/history';
import { isRole } from '../../shared/roles';

export interface NewHistoryEntry extends Omit<HistoryEntry, 'id'> {
  readonly docName: string;
}

const kinds: readonly HistoryKind[] = ['edit', 'added', 'removed', 'moved'];

interface Row {
  id: number;
  kind: string;
  path: string;
  label: string;
  user_id: string;
  user_name: string;
  role: string;
  started_at: string;
  ended_at: string;
  before_text: string;
  after_text: string;
}

/** Who changed which field of a document, and when they last looked (SQLite, migrations 12 and 17). */
export class HistoryRepository {
  constructor(private readonly db: Database.Database) {}

  add(entry: NewHistoryEntry): void {
    this.db
      .prepare(
        `INSERT INTO document_history (doc_name, kind, path, label, user_id, user_name, role, started_at, ended_at, before_text, after_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(entry.docName, entry.kind, JSON.stringify(entry.path), entry.label, entry.userId, entry.name, entry.role, entry.startedAt, entry.endedAt, entry.before, entry.after);
  }

  /** Newest first; `pathPrefix` narrows to one field or one item (a goal and its objectives). */
  list(docName: string, options: { pathPrefix?: readonly string[]; since?: string; limit: number }): HistoryEntry[] {
    const rows = this.db
      .prepare<[string, string, number], Row>(
        `SELECT id, kind, path, label, user_id, user_name, role, started_at, ended_at, before_text, after_text
         FROM document_history WHERE doc_name = ? AND ended_at > ? ORDER BY ended_at DESC, started_at DESC, id DESC LIMIT ?`,
      )
      .all(docName, options.since ?? '', options.pathPrefix ? 5_000 : options.limit);
    const entries: HistoryEntry[] = [];
    for (const row of rows) {
      const path = JSON.parse(row.path) as string[];
      if (options.pathPrefix && !options.pathPrefix.every((key, index) => path[index] === key)) continue;
      if (!isRole(row.role)) continue;
      entries.push({
        id: row.id,
        kind: kinds.find((kind) => kind === row.kind) ?? 'edit',
        path,
        label: row.label,
        userId: row.user_id,
        name: row.user_name,
        role: row.role,
        startedAt: row.started_at,
        endedAt: row.ended_at,
        before: row.before_text,
        after: row.after_text,
      });
      if (entries.length >= options.limit) break;
    }
    return entries;
  }

  lastSeen(userId: string, docName: string): string | null {
    const row = this.db.prepare<[string, string], { seen_at: string }>('SELECT seen_at FROM history_seen WHERE user_id = ? AND doc_name = ?').get(userId, docName);
    return row?.seen_at ?? null;
  }

  markSeen(userId: string, docName: string, at: string): void {
    this.db
      .prepare('INSERT INTO history_seen (user_id, doc_name, seen_at) VALUES (?, ?, ?) ON CONFLICT (user_id, doc_name) DO UPDATE SET seen_at = excluded.seen_at')
      .run(userId, docName, at);
  }
}
