import { newId, type ThreadAnchor } from '../../../shared/schema';
import { isApiFailure } from '../../api/ApiFailure';
import { apiRequest } from '../../api/http';
import { problemText } from '../../components/ProblemMessage';
import { outboxStorage, type OutboxStorage, type QueuedComment } from './outboxStorage';

export type OutboxEntry = QueuedComment & { readonly sending: boolean };

/** How often a queue with comments waiting tries again when the browser says nothing. */
const retryMs = 15_000;

const threadsPath = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/threads`;

/**
 * Comments of one person in one workspace that wait for the server: written offline (or when
 * the server could not be reached), kept on the device (outboxStorage.ts), sent in the order
 * they were written as soon as the connection is back. Each carries an id made here, which the
 * server stores it under, so a comment sent twice (the answer to the first try got lost) is
 * stored once. A comment the server refuses (access ended, thread deleted) stays listed with
 * the reason until its writer has copied the words and dismissed it.
 */
export class CommentOutbox {
  private static readonly open = new Map<string, CommentOutbox>();

  static for(workspaceId: string, userId: string): CommentOutbox {
    const key = `${workspaceId}\u0000${userId}`;
    let outbox = CommentOutbox.open.get(key);
    if (!outbox) {
      outbox = new CommentOutbox(workspaceId, outboxStorage(workspaceId, userId));
      CommentOutbox.open.set(key, outbox);
    }
    return outbox;
  }

  private items: QueuedComment[] = [];
  private sendingId: string | null = null;
  private flushing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly loaded: Promise<void>;
  private retryTimer: ReturnType<typeof setInterval> | null = null;

  private constructor(
    private readonly workspaceId: string,
    private readonly storage: OutboxStorage,
  ) {
    this.loaded = storage
      .load()
      .then((stored) => {
        this.items = stored.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
        this.changed();
      })
      .catch(() => undefined);
    window.addEventListener('online', () => void this.flush());
    void this.loaded.then(() => this.flush());
  }

  private current: readonly OutboxEntry[] = [];

  /** What waits, in order; the same array until something changes (for useSyncExternalStore). */
  get snapshot(): readonly OutboxEntry[] {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new thread: sent now, or queued when offline. Resolves with the thread's id either way. */
  startThread(anchor: ThreadAnchor, body: string, mentions: readonly string[]): Promise<string> {
    return this.submit({ clientId: newId(), kind: 'thread', anchor, body, mentions, queuedAt: new Date().toISOString() });
  }

  reply(threadId: string, body: string, mentions: readonly string[]): Promise<string> {
    return this.submit({ clientId: newId(), kind: 'reply', threadId, body, mentions, queuedAt: new Date().toISOString() });
  }

  /** The writer has copied the words of a refused comment: forget it. */
  async dismiss(clientId: string): Promise<void> {
    this.items = this.items.filter((item) => item.clientId !== clientId);
    this.changed();
    await this.storage.remove(clientId).catch(() => undefined);
  }

  /**
   * Online with nothing waiting: sent at once, and a refusal is thrown to the composer as
   * before. Offline, unreachable, or behind others still waiting: queued, so order holds.
   */
  private async submit(item: QueuedComment): Promise<string> {
    await this.loaded;
    const id = item.kind === 'thread' ? item.clientId : item.threadId!;
    const waiting = this.items.some((queued) => !queued.refusal);
    if (!waiting && navigator.onLine) {
      try {
        await this.send(item);
        return id;
      } catch (error) {
        if (!isApiFailure(error) || error.status !== 0) throw error;
      }
    }
    this.items = [...this.items, item];
    this.changed();
    await this.storage.put(item).catch(() => undefined);
    void this.flush();
    return id;
  }

  /** Sends what waits, oldest first; stops at the first that cannot reach the server. */
  flush(): Promise<void> {
    this.flushing ??= this.flushInOrder().finally(() => {
      this.flushing = null;
      this.scheduleRetry();
    });
    return this.flushing;
  }

  private async flushInOrder(): Promise<void> {
    await this.loaded;
    for (;;) {
      const next = this.items.find((item) => !item.refusal);
      if (!next || !navigator.onLine) return;
      this.sendingId = next.clientId;
      this.changed();
      try {
        await this.send(next);
        this.items = this.items.filter((item) => item.clientId !== next.clientId);
        await this.storage.remove(next.clientId).catch(() => undefined);
      } catch (error) {
        if (isApiFailure(error) && error.status === 0) return;
        // Kept as words in the reader's language: the outbox shows them until the comment is copied out.
        const refused: QueuedComment = { ...next, refusal: problemText(error) };
        this.items = this.items.map((item) => (item.clientId === next.clientId ? refused : item));
        await this.storage.put(refused).catch(() => undefined);
      } finally {
        this.sendingId = null;
        this.changed();
      }
    }
  }

  private async send(item: QueuedComment): Promise<void> {
    const common = { body: item.body, mentions: item.mentions, clientId: item.clientId };
    if (item.kind === 'thread') await apiRequest('POST', threadsPath(this.workspaceId), { ...common, anchor: item.anchor });
    else await apiRequest('POST', `${threadsPath(this.workspaceId)}/${encodeURIComponent(item.threadId ?? '')}/comments`, common);
  }

  /** navigator.onLine can say "online" while the server is out of reach: try again now and then. */
  private scheduleRetry(): void {
    const waiting = this.items.some((item) => !item.refusal);
    if (waiting && this.retryTimer === null) this.retryTimer = setInterval(() => void this.flush(), retryMs);
    if (!waiting && this.retryTimer !== null) {
      clearInterval(this.retryTimer);
      this.retryTimer = null;
    }
  }

  private changed(): void {
    this.current = this.items.map((item) => ({ ...item, sending: item.clientId === this.sendingId }));
    for (const listener of this.listeners) listener();
  }
}
