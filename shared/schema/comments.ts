import * as Y from 'yjs';
import { authorValue, readAuthor, type Author } from './author';
import { isRecord } from './read';

/**
 * The comments document (`<workspaceId>/comments`): threads anchored to a text range or to a
 * whole item of the plan or a meeting. Only the server writes it (after checking who may post,
 * edit, delete or resolve); clients read it live over the socket. Comment bodies are plain
 * text: clients render them as text, never as markup.
 */
export const commentRoots = { threads: 'threads' } as const;

/** Which document and which field or item a thread is about. Opaque to the server. */
export interface FieldRef {
  /** 'plan' or 'meeting:<meetingId>'. */
  readonly doc: string;
  /** A section id of the plan (see discussing.ts) or 'meeting'. */
  readonly section: string;
  readonly itemId?: string;
  /** Which rich-text or text field of the item (e.g. 'description', 'target'). */
  readonly field?: string;
}

export type ThreadAnchor =
  | {
      readonly kind: 'text';
      readonly ref: FieldRef;
      /** Y.RelativePosition JSON of the range's start and end, so the range follows its text. */
      readonly start: unknown;
      readonly end: unknown;
      /** The text as it was when the thread started, shown when the range is gone. */
      readonly quote: string;
    }
  | { readonly kind: 'item'; readonly ref: FieldRef; readonly label: string };

export interface CommentView {
  readonly id: string;
  readonly author: Author;
  /** Empty once deleted. */
  readonly body: string;
  readonly mentions: readonly string[];
  readonly createdAt: string;
  readonly editedAt: string | null;
  readonly deleted: boolean;
}

export interface ThreadView {
  readonly id: string;
  readonly anchor: ThreadAnchor;
  readonly author: Author;
  readonly createdAt: string;
  readonly resolved: boolean;
  readonly resolvedBy: Author | null;
  readonly resolvedAt: string | null;
  readonly comments: readonly CommentView[];
}

const keys = {
  id: 'id',
  anchor: 'anchor',
  author: 'author',
  createdAt: 'createdAt',
  resolved: 'resolved',
  resolvedBy: 'resolvedBy',
  resolvedAt: 'resolvedAt',
  comments: 'comments',
  body: 'body',
  mentions: 'mentions',
  editedAt: 'editedAt',
  deletedAt: 'deletedAt',
} as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function readFieldRef(value: unknown): FieldRef | null {
  if (!isRecord(value) || typeof value.doc !== 'string' || typeof value.section !== 'string') return null;
  return {
    doc: value.doc,
    section: value.section,
    ...(typeof value.itemId === 'string' ? { itemId: value.itemId } : {}),
    ...(typeof value.field === 'string' ? { field: value.field } : {}),
  };
}

export function readAnchor(value: unknown): ThreadAnchor | null {
  if (!isRecord(value)) return null;
  const ref = readFieldRef(value.ref);
  if (!ref) return null;
  if (value.kind === 'text') return { kind: 'text', ref, start: value.start ?? null, end: value.end ?? null, quote: str(value.quote) };
  if (value.kind === 'item') return { kind: 'item', ref, label: str(value.label) };
  return null;
}

function readComment(value: unknown): CommentView | null {
  if (!(value instanceof Y.Map)) return null;
  const author = readAuthor(value.get(keys.author));
  const id = value.get(keys.id);
  if (!author || typeof id !== 'string') return null;
  const deleted = typeof value.get(keys.deletedAt) === 'string';
  const mentions = value.get(keys.mentions);
  return {
    id,
    author,
    body: deleted ? '' : str(value.get(keys.body)),
    mentions: Array.isArray(mentions) ? mentions.filter((m): m is string => typeof m === 'string') : [],
    createdAt: str(value.get(keys.createdAt)),
    editedAt: typeof value.get(keys.editedAt) === 'string' ? str(value.get(keys.editedAt)) : null,
    deleted,
  };
}

function readThread(value: unknown): ThreadView | null {
  if (!(value instanceof Y.Map)) return null;
  const id = value.get(keys.id);
  const anchor = readAnchor(value.get(keys.anchor));
  const author = readAuthor(value.get(keys.author));
  const comments = value.get(keys.comments);
  if (typeof id !== 'string' || !anchor || !author || !(comments instanceof Y.Map)) return null;
  const list = [...comments.values()].map(readComment).filter((c): c is CommentView => c !== null);
  list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return {
    id,
    anchor,
    author,
    createdAt: str(value.get(keys.createdAt)),
    resolved: value.get(keys.resolved) === true,
    resolvedBy: readAuthor(value.get(keys.resolvedBy)),
    resolvedAt: typeof value.get(keys.resolvedAt) === 'string' ? str(value.get(keys.resolvedAt)) : null,
    comments: list,
  };
}

/** Reader (both sides) and writer (server only) of the comments document. */
export class CommentThreads {
  private readonly threads: Y.Map<unknown>;

  constructor(
    private readonly doc: Y.Doc,
    private readonly origin: unknown = { commentsWriter: true },
  ) {
    this.threads = doc.getMap(commentRoots.threads);
  }

  /** Threads oldest first; damaged entries are skipped rather than breaking the list. */
  list(): ThreadView[] {
    return [...this.threads.values()]
      .map(readThread)
      .filter((t): t is ThreadView => t !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  get(threadId: string): ThreadView | null {
    return readThread(this.threads.get(threadId));
  }

  observe(callback: () => void): () => void {
    const handler = () => callback();
    this.threads.observeDeep(handler);
    return () => this.threads.unobserveDeep(handler);
  }

  create(input: { threadId: string; commentId: string; anchor: ThreadAnchor; author: Author; body: string; mentions: readonly string[]; at: string }): void {
    this.doc.transact(() => {
      const thread = new Y.Map<unknown>();
      thread.set(keys.id, input.threadId);
      thread.set(keys.anchor, input.anchor);
      thread.set(keys.author, authorValue(input.author));
      thread.set(keys.createdAt, input.at);
      thread.set(keys.resolved, false);
      thread.set(keys.comments, new Y.Map<unknown>());
      this.threads.set(input.threadId, thread);
      this.writeComment(thread, input.commentId, input.author, input.body, input.mentions, input.at);
    }, this.origin);
  }

  reply(threadId: string, input: { commentId: string; author: Author; body: string; mentions: readonly string[]; at: string }): boolean {
    const thread = this.threads.get(threadId);
    if (!(thread instanceof Y.Map)) return false;
    this.doc.transact(() => this.writeComment(thread, input.commentId, input.author, input.body, input.mentions, input.at), this.origin);
    return true;
  }

  editComment(threadId: string, commentId: string, body: string, mentions: readonly string[], at: string): boolean {
    const comment = this.commentMap(threadId, commentId);
    if (!comment || typeof comment.get(keys.deletedAt) === 'string') return false;
    this.doc.transact(() => {
      comment.set(keys.body, body);
      comment.set(keys.mentions, [...mentions]);
      comment.set(keys.editedAt, at);
    }, this.origin);
    return true;
  }

  /** Deleting keeps the comment's place and author ("comment deleted") so replies still make sense. */
  deleteComment(threadId: string, commentId: string, at: string): boolean {
    const comment = this.commentMap(threadId, commentId);
    if (!comment || typeof comment.get(keys.deletedAt) === 'string') return false;
    this.doc.transact(() => {
      comment.set(keys.body, '');
      comment.set(keys.mentions, []);
      comment.set(keys.deletedAt, at);
    }, this.origin);
    return true;
  }

  setResolved(threadId: string, resolved: boolean, by: Author, at: string): boolean {
    const thread = this.threads.get(threadId);
    if (!(thread instanceof Y.Map)) return false;
    this.doc.transact(() => {
      thread.set(keys.resolved, resolved);
      thread.set(keys.resolvedBy, resolved ? authorValue(by) : null);
      thread.set(keys.resolvedAt, resolved ? at : null);
    }, this.origin);
    return true;
  }

  private commentMap(threadId: string, commentId: string): Y.Map<unknown> | null {
    const thread = this.threads.get(threadId);
    if (!(thread instanceof Y.Map)) return null;
    const comments = thread.get(keys.comments);
    const comment = comments instanceof Y.Map ? comments.get(commentId) : null;
    return comment instanceof Y.Map ? comment : null;
  }

  private writeComment(thread: Y.Map<unknown>, commentId: string, author: Author, body: string, mentions: readonly string[], at: string): void {
    const comments = thread.get(keys.comments);
    if (!(comments instanceof Y.Map)) return;
    const comment = new Y.Map<unknown>();
    comment.set(keys.id, commentId);
    comment.set(keys.author, authorValue(author));
    comment.set(keys.body, body);
    comment.set(keys.mentions, [...mentions]);
    comment.set(keys.createdAt, at);
    comments.set(commentId, comment);
  }
}
