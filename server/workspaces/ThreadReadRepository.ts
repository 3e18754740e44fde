import type Database from 'better-sqlite3';

/** When each person last read each thread: unread state is per person and kept on the server. */
export class ThreadReadRepository {
  constructor(private readonly db: Database.Database) {}

  readTimes(userId: string, workspaceId: string): Map<string, string> {
    const rows = this.db
      .prepare<[string, string], { thread_id: string; read_at: string }>(
        'SELECT thread_id, read_at FROM thread_reads WHERE user_id = ? AND workspace_id = ?',
      )
      .all(userId, workspaceId);
    return new Map(rows.map((row) => [row.thread_id, row.read_at]));
  }

  markRead(userId: string, workspaceId: string, threadId: string, at: string): void {
    this.db
      .prepare(
        `INSERT INTO thread_reads (user_id, workspace_id, thread_id, read_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, workspace_id, thread_id) DO UPDATE SET read_at = max(read_at, excluded.read_at)`,
      )
      .run(userId, workspaceId, threadId, at);
  }
}
