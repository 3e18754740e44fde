import { Hono, type Context } from 'hono';
import { CommentThreads, newId, readAnchor, type Author, type ThreadView } from '../../../shared/schema';
import { roleDefinitions } from '../../../shared/roles';
import type { ThreadSummary } from '../../../shared/api';
import type { AppEnv } from '../AppEnv';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { requireMember } from '../middleware';
import { readJsonObject, type Body } from '../readBody';
import { notifyMembers } from '../../notifications/notifyMembers';
import { compareText } from '../../../shared/compareText';
import { commentsDocName } from '../../../shared/docName';
import { paths } from '../../../shared/routes';

/** Where a thread opens: its meeting's page or the plan, with the thread selected. */
function threadPath(workspaceId: string, anchor: ThreadView['anchor'], threadId: string): string {
  const meetingId = anchor.ref.doc.startsWith('meeting:') ? anchor.ref.doc.slice('meeting:'.length) : null;
  const page = meetingId && /^[A-Za-z0-9_-]{1,128}$/.test(meetingId) ? paths.meeting(workspaceId, meetingId) : paths.plan(workspaceId);
  return `${page}?thread=${encodeURIComponent(threadId)}`;
}

const maxBodyLength = 5_000;
const clientIdPattern = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The id a client made for a comment it may send more than once (written offline, sent again
 * after a dropped answer). The server uses it as the thread's or comment's id, so a repeat
 * finds its first copy and adds nothing; a fresh id when the client gave none.
 */
function readClientId(body: Body): string {
  const raw = body.clientId;
  if (raw === undefined) return newId();
  if (typeof raw !== 'string' || !clientIdPattern.test(raw)) throw badRequest('The comment’s id must be 16 to 64 letters, digits, "-" or "_".', 'invalid_client_id');
  return raw;
}

/** A repeat of one's own comment is answered as its first sending; someone else's id is refused. */
function isRepeat(existing: { author: Author } | undefined | null, author: Author): boolean {
  if (!existing) return false;
  if (existing.author.userId !== author.userId) throw conflict('That comment id is taken.', 'client_id_taken');
  return true;
}
const maxAnchorBytes = 4_096;

/** Plain text only: control characters other than newlines and tabs are dropped. */
function readCommentBody(body: Body): string {
  const raw = body.body;
  if (typeof raw !== 'string') throw badRequest('Write a comment first.', 'invalid_body', { max: maxBodyLength });
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (text.length === 0) throw badRequest('Write a comment first.', 'invalid_body', { max: maxBodyLength });
  if (text.length > maxBodyLength) throw badRequest(`A comment can be at most ${maxBodyLength} characters.`, 'invalid_body', { max: maxBodyLength });
  return text;
}

/** Mentions must name members of this workspace; anyone else is dropped silently. */
async function readMentions(c: Context<AppEnv>, workspaceId: string, body: Body): Promise<string[]> {
  const raw = body.mentions;
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > 50) throw badRequest('Mentions must be a list of team members.', 'invalid_mentions');
  const members = new Set((await c.get('services').workspaces.members(workspaceId)).map((member) => member.userId));
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && members.has(id)))];
}

/** A reply tells those mentioned in it, and everyone else who took part, once each. */
async function notifyReply(c: Context<AppEnv>, workspaceId: string, thread: ThreadView, author: Author, mentions: readonly string[]): Promise<void> {
  const path = threadPath(workspaceId, thread.anchor, thread.id);
  notifyMembers(c, workspaceId, 'mention', mentionLine(author.name), path, mentions, author.userId);
  const members = new Set((await c.get('services').workspaces.members(workspaceId)).map((member) => member.userId));
  const participants = new Set([thread.author.userId, ...thread.comments.filter((comment) => !comment.deleted).map((comment) => comment.author.userId)]);
  const others = [...participants].filter((userId) => members.has(userId) && !mentions.includes(userId));
  notifyMembers(c, workspaceId, 'reply', { en: `${author.name} replied in a conversation you take part in.`, es: `${author.name} respondió en una conversación en la que usted participa.` }, path, others, author.userId);
}

async function authorOf(c: Context<AppEnv>, workspaceId: string): Promise<Author> {
  const { identity, membership } = await requireMember(c, workspaceId, 'comment');
  return { userId: identity.user.id, name: identity.user.displayName, role: membership.role, setting: roleDefinitions[membership.role].setting };
}

function summarize(thread: ThreadView, userId: string, readAt: string | undefined): ThreadSummary {
  const fromOthers = thread.comments.filter((comment) => comment.author.userId !== userId && !comment.deleted);
  const unread = fromOthers.filter((comment) => !readAt || comment.createdAt > readAt).length;
  const mentioned = thread.comments.some((comment) => comment.mentions.includes(userId) && comment.author.userId !== userId && (!readAt || comment.createdAt > readAt));
  const participating = thread.author.userId === userId || thread.comments.some((comment) => comment.author.userId === userId);
  return { thread, unread, mentioned, participating };
}

/**
 * Comment threads. Posting, editing, deleting and resolving go through here, where the
 * server checks the role and the authorship; the server then writes the comments document,
 * and everyone online sees the change at once over the socket.
 */
export function commentRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ws = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';
  const now = () => new Date().toISOString();

  const change = async (c: Context<AppEnv>, workspaceId: string, apply: (threads: CommentThreads) => boolean) => {
    let applied = false;
    await c.get('services').rooms.change(commentsDocName(workspaceId), (doc) => {
      applied = apply(new CommentThreads(doc));
    });
    return applied;
  };
  const readThreads = async (c: Context<AppEnv>, workspaceId: string) => {
    const doc = await c.get('services').documents.loadDoc(commentsDocName(workspaceId));
    try {
      return new CommentThreads(doc).list();
    } finally {
      doc.destroy();
    }
  };
  const findThread = async (c: Context<AppEnv>, workspaceId: string, threadId: string) => {
    const thread = (await readThreads(c, workspaceId)).find((t) => t.id === threadId);
    if (!thread) throw notFound('No such conversation.', 'no_conversation');
    return thread;
  };

  app.get('/workspaces/:workspaceId/threads', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const reads = await c.get('services').threadReads.readTimes(identity.user.id, workspaceId);
    const threads = (await readThreads(c, workspaceId)).map((thread) => summarize(thread, identity.user.id, reads.get(thread.id)));
    await c.get('services').audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'comments.read', subject: commentsDocName(workspaceId) });
    return c.json({ threads });
  });

  /** Mentions of me and replies in conversations I take part in, newest activity first. */
  app.get('/workspaces/:workspaceId/inbox', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const reads = await c.get('services').threadReads.readTimes(identity.user.id, workspaceId);
    const items = (await readThreads(c, workspaceId))
      .map((thread) => summarize(thread, identity.user.id, reads.get(thread.id)))
      .filter((item) => item.mentioned || (item.participating && item.unread > 0))
      .sort((a, b) => compareText(b.thread.comments.at(-1)?.createdAt ?? '', a.thread.comments.at(-1)?.createdAt ?? '') || compareText(a.thread.id, b.thread.id));
    await c.get('services').audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'inbox.read', subject: commentsDocName(workspaceId) });
    return c.json({ items });
  });

  app.post('/workspaces/:workspaceId/threads', async (c) => {
    const workspaceId = ws(c);
    const author = await authorOf(c, workspaceId);
    const body = await readJsonObject(c);
    const anchor = readAnchor(body.anchor);
    if (!anchor || JSON.stringify(body.anchor).length > maxAnchorBytes) throw badRequest('Say what this comment is about.', 'invalid_anchor');
    const text = readCommentBody(body);
    const mentions = await readMentions(c, workspaceId, body);
    const threadId = readClientId(body);
    const at = now();
    let repeat = false;
    await change(c, workspaceId, (threads) => {
      repeat = isRepeat(threads.get(threadId), author);
      if (!repeat) threads.create({ threadId, commentId: newId(), anchor, author, body: text, mentions, at });
      return !repeat;
    });
    if (repeat) return c.json({ threadId }, 200);
    await c.get('services').threadReads.markRead(author.userId, workspaceId, threadId, at);
    notifyMembers(c, workspaceId, 'mention', mentionLine(author.name), threadPath(workspaceId, anchor, threadId), mentions, author.userId);
    return c.json({ threadId }, 201);
  });

  app.post('/workspaces/:workspaceId/threads/:threadId/comments', async (c) => {
    const workspaceId = ws(c);
    const author = await authorOf(c, workspaceId);
    const body = await readJsonObject(c);
    const text = readCommentBody(body);
    const mentions = await readMentions(c, workspaceId, body);
    const threadId = c.req.param('threadId');
    const commentId = readClientId(body);
    const at = now();
    let thread: ThreadView | null = null;
    let repeat = false;
    if (
      !(await change(c, workspaceId, (threads) => {
        thread = threads.get(threadId);
        repeat = isRepeat(thread?.comments.find((comment) => comment.id === commentId), author);
        return repeat || threads.reply(threadId, { commentId, author, body: text, mentions, at });
      }))
    ) {
      throw notFound('No such conversation.', 'no_conversation');
    }
    if (repeat) return c.json({ commentId }, 200);
    await c.get('services').threadReads.markRead(author.userId, workspaceId, threadId, at);
    if (thread) await notifyReply(c, workspaceId, thread, author, mentions);
    return c.json({ commentId }, 201);
  });

  app.patch('/workspaces/:workspaceId/threads/:threadId/comments/:commentId', async (c) => {
    const workspaceId = ws(c);
    const author = await authorOf(c, workspaceId);
    const threadId = c.req.param('threadId');
    const commentId = c.req.param('commentId');
    const thread = await findThread(c, workspaceId, threadId);
    const comment = thread.comments.find((item) => item.id === commentId);
    if (!comment || comment.deleted) throw notFound('No such comment.', 'no_comment');
    if (comment.author.userId !== author.userId) throw forbidden('You can only edit your own comments.', 'not_author');
    const body = await readJsonObject(c);
    const text = readCommentBody(body);
    const mentions = await readMentions(c, workspaceId, body);
    await change(c, workspaceId, (threads) => threads.editComment(threadId, commentId, text, mentions, now()));
    return c.body(null, 204);
  });

  app.delete('/workspaces/:workspaceId/threads/:threadId/comments/:commentId', async (c) => {
    const workspaceId = ws(c);
    const author = await authorOf(c, workspaceId);
    const threadId = c.req.param('threadId');
    const commentId = c.req.param('commentId');
    const thread = await findThread(c, workspaceId, threadId);
    const comment = thread.comments.find((item) => item.id === commentId);
    if (!comment || comment.deleted) throw notFound('No such comment.', 'no_comment');
    if (comment.author.userId !== author.userId && author.role !== 'case_manager') {
      throw forbidden('Only the person who wrote a comment, or the case manager, can delete it.', 'not_author');
    }
    await change(c, workspaceId, (threads) => threads.deleteComment(threadId, commentId, now()));
    return c.body(null, 204);
  });

  for (const [action, resolved] of [['resolve', true], ['reopen', false]] as const) {
    app.post(`/workspaces/:workspaceId/threads/:threadId/${action}`, async (c) => {
      const workspaceId = ws(c);
      const author = await authorOf(c, workspaceId);
      const threadId = c.req.param('threadId');
      if (!(await change(c, workspaceId, (threads) => threads.setResolved(threadId, resolved, author, now())))) {
        throw notFound('No such conversation.', 'no_conversation');
      }
      return c.body(null, 204);
    });
  }

  app.post('/workspaces/:workspaceId/threads/:threadId/read', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const threadId = c.req.param('threadId');
    await findThread(c, workspaceId, threadId);
    await c.get('services').threadReads.markRead(identity.user.id, workspaceId, threadId, now());
    return c.body(null, 204);
  });

  return app;
}

const mentionLine = (name: string) => ({ en: `${name} mentioned you in a comment.`, es: `${name} lo mencionó en un comentario.` });
