import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { larger } from '../data/engine';

/** When each person last read each thread: unread state is per person and kept on the server. */
export class ThreadReadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async readTimes(userId: string, workspaceId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('thread_reads')
      .select(['thread_id', 'read_at'])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
    return new Map(rows.map((row) => [row.thread_id, row.read_at]));
  }

  async markRead(userId: string, workspaceId: string, threadId: string, at: string): Promise<void> {
    // A read never moves backwards: an older "read at" arriving late keeps the newer one.
    await this.db
      .insertInto('thread_reads')
      .values({ user_id: userId, workspace_id: workspaceId, thread_id: threadId, read_at: at })
      .onConflict((oc) =>
        oc.columns(['user_id', 'workspace_id', 'thread_id']).doUpdateSet((eb) => ({ read_at: larger(this.db, eb.ref('thread_reads.read_at'), eb.ref('excluded.read_at')) })),
      )
      .execute();
  }
}
