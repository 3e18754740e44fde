import type { Kysely, Selectable } from 'kysely';
import type { Database, DocumentHistoryTable } from '../data/Database';
import type { HistoryEntry, HistoryKind } from '../../shared/history';
import { isRole } from '../../shared/roles';

export interface NewHistoryEntry extends Omit<HistoryEntry, 'id'> {
  readonly docName: string;
}

const kinds: readonly HistoryKind[] = ['edit', 'added', 'removed', 'moved'];

/** A history row as the queries below select it. */
type Row = Omit<Selectable<DocumentHistoryTable>, 'doc_name'>;

/** Who changed which field of a document, and when they last looked (SQLite migration 12; PostgreSQL keys it by workspace). */
export class HistoryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: NewHistoryEntry): Promise<void> {
    await this.db
      .insertInto('document_history')
      .values({
        doc_name: entry.docName,
        kind: entry.kind,
        path: JSON.stringify(entry.path),
        label: entry.label,
        user_id: entry.userId,
        user_name: entry.name,
        role: entry.role,
        started_at: entry.startedAt,
        ended_at: entry.endedAt,
        before_text: entry.before,
        after_text: entry.after,
      })
      .execute();
  }

  /** Newest first; `pathPrefix` narrows to one field or one item (a goal and its objectives). */
  async list(docName: string, options: { pathPrefix?: readonly string[]; since?: string; limit: number }): Promise<HistoryEntry[]> {
    const rows: Row[] = await this.db
      .selectFrom('document_history')
      .select(['id', 'kind', 'path', 'label', 'user_id', 'user_name', 'role', 'started_at', 'ended_at', 'before_text', 'after_text'])
      .where('doc_name', '=', docName)
      .where('ended_at', '>', options.since ?? '')
      .orderBy('ended_at', 'desc')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.pathPrefix ? 5_000 : options.limit)
      .execute();
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

  async lastSeen(userId: string, docName: string): Promise<string | null> {
    const row = await this.db.selectFrom('history_seen').select('seen_at').where('user_id', '=', userId).where('doc_name', '=', docName).executeTakeFirst();
    return row?.seen_at ?? null;
  }

  async markSeen(userId: string, docName: string, at: string): Promise<void> {
    await this.db
      .insertInto('history_seen')
      .values({ user_id: userId, doc_name: docName, seen_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'doc_name']).doUpdateSet((eb) => ({ seen_at: eb.ref('excluded.seen_at') })))
      .execute();
  }
}
