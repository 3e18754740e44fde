import type { ThreadSummary } from '../../shared/api';
import type { ThreadAnchor } from '../../shared/schema/comments';
import { apiRequest } from '../api/http';
import { notifyReadStateChanged } from './readStateSignal';
import { outboxFor } from './outbox/useOutbox';

/**
 * The comment-thread endpoints. Only the server writes the comments document, so every change
 * goes through here; the result arrives live over the socket a moment later.
 */
const threadsPath = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/threads`;
const threadPath = (workspaceId: string, threadId: string) => `${threadsPath(workspaceId)}/${encodeURIComponent(threadId)}`;
const commentPath = (workspaceId: string, threadId: string, commentId: string) =>
  `${threadPath(workspaceId, threadId)}/comments/${encodeURIComponent(commentId)}`;

/** The server's limit; the composer counts against it so nobody loses a long reply to a 400. */
export const maxCommentLength = 5_000;

export interface CommentInput {
  readonly body: string;
  /** User ids of the members named with @ and still named in the text. */
  readonly mentions: readonly string[];
}

export async function listThreads(workspaceId: string): Promise<ThreadSummary[]> {
  return (await apiRequest<{ threads: ThreadSummary[] }>('GET', threadsPath(workspaceId))).threads;
}

export async function listInbox(workspaceId: string): Promise<ThreadSummary[]> {
  return (await apiRequest<{ items: ThreadSummary[] }>('GET', `/workspaces/${encodeURIComponent(workspaceId)}/inbox`)).items;
}

/** New threads and replies go through the outbox: offline, they wait on the device instead of failing. */
export async function startThread(workspaceId: string, anchor: ThreadAnchor, input: CommentInput): Promise<string> {
  const outbox = outboxFor(workspaceId);
  const threadId = outbox
    ? await outbox.startThread(anchor, input.body, input.mentions)
    : (await apiRequest<{ threadId: string }>('POST', threadsPath(workspaceId), { anchor, body: input.body, mentions: input.mentions })).threadId;
  notifyReadStateChanged(workspaceId);
  return threadId;
}

export async function replyToThread(workspaceId: string, threadId: string, input: CommentInput): Promise<void> {
  const outbox = outboxFor(workspaceId);
  if (outbox) await outbox.reply(threadId, input.body, input.mentions);
  else await apiRequest<{ commentId: string }>('POST', `${threadPath(workspaceId, threadId)}/comments`, { body: input.body, mentions: input.mentions });
  // Replying marks the thread read on the server; the badges should agree at once.
  notifyReadStateChanged(workspaceId);
}

export const editComment = (workspaceId: string, threadId: string, commentId: string, input: CommentInput) =>
  apiRequest<void>('PATCH', commentPath(workspaceId, threadId, commentId), { body: input.body, mentions: input.mentions });

export const deleteComment = (workspaceId: string, threadId: string, commentId: string) =>
  apiRequest<void>('DELETE', commentPath(workspaceId, threadId, commentId));

export const resolveThread = (workspaceId: string, threadId: string) => apiRequest<void>('POST', `${threadPath(workspaceId, threadId)}/resolve`);

export const reopenThread = (workspaceId: string, threadId: string) => apiRequest<void>('POST', `${threadPath(workspaceId, threadId)}/reopen`);

export async function markThreadRead(workspaceId: string, threadId: string): Promise<void> {
  await apiRequest<void>('POST', `${threadPath(workspaceId, threadId)}/read`);
  notifyReadStateChanged(workspaceId);
}
