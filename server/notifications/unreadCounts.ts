import { CommentThreads } from '../../shared/schema';
import type { UnreadCount } from '../../shared/notifications';
import type { Services } from '../services';
import { commentsDocName } from '../../shared/docName';

/**
 * Conversations with comments from others I have not read, and those among them where such a
 * comment mentions me: the two numbers beside a student's name.
 */
export async function unreadCount(services: Services, workspaceId: string, userId: string): Promise<UnreadCount> {
  const doc = await services.documents.loadDoc(commentsDocName(workspaceId));
  try {
    const reads = await services.threadReads.readTimes(userId, workspaceId);
    let unread = 0;
    let mentions = 0;
    for (const thread of new CommentThreads(doc).list()) {
      const readAt = reads.get(thread.id);
      const fresh = thread.comments.filter((comment) => comment.author.userId !== userId && !comment.deleted && (!readAt || comment.createdAt > readAt));
      if (fresh.length === 0) continue;
      unread += 1;
      if (fresh.some((comment) => comment.mentions.includes(userId))) mentions += 1;
    }
    return { workspaceId, unread, mentions };
  } finally {
    doc.destroy();
  }
}
