import type { ThreadAnchor } from '../../../shared/schema';
import { isSharedComputer, trackLocalCopy } from '../../session/localCopies';

/** A comment written here that the server has not taken yet. */
export interface QueuedComment {
  /** Made on this device; the server uses it as the comment's (or new thread's) id. */
  readonly clientId: string;
  readonly kind: 'thread' | 'reply';
  /** For a reply: the thread (possibly one still waiting here, by its client id). */
  readonly threadId?: string;
  /** For a new thread: what it is about. */
  readonly anchor?: ThreadAnchor;
  readonly body: string;
  readonly mentions: readonly string[];
  /** Orders the queue: comments are sent as they were written. */
  readonly queuedAt: string;
  /** Set once the server refused it: kept so its writer can copy the words out. */
  readonly refusal?: string;
}

export interface OutboxStorage {
  load(): Promise<QueuedComment[]>;
  put(item: QueuedComment): Promise<void>;
  remove(clientId: string): Promise<void>;
}

const storeName = 'comments';

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = make();
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

/** Nothing on the device: a shared computer, a browser without IndexedDB, or after a wipe. */
class MemoryStorage implements OutboxStorage {
  private readonly items = new Map<string, QueuedComment>();
  constructor(initial: readonly QueuedComment[] = []) {
    for (const item of initial) this.items.set(item.clientId, item);
  }
  load = async (): Promise<QueuedComment[]> => [...this.items.values()];
  put = async (item: QueuedComment): Promise<void> => void this.items.set(item.clientId, item);
  remove = async (clientId: string): Promise<void> => void this.items.delete(clientId);
}

/**
 * The device's copy of the queue, one IndexedDB database per workspace and person, named under
 * the workspace (`<workspaceId>/outbox-<userId>`) so sign-out and the end of access wipe it
 * with the workspace's documents (session/localCopies.ts). After a wipe the queue lives on in
 * memory only, for the open page.
 */
class DeviceStorage implements OutboxStorage {
  private fallback: MemoryStorage | null = null;

  constructor(private readonly database: Promise<IDBDatabase | null>) {}

  async load(): Promise<QueuedComment[]> {
    const db = await this.open();
    if (!db) return this.memory().load();
    return request(() => db.transaction(storeName).objectStore(storeName).getAll() as IDBRequest<QueuedComment[]>);
  }

  async put(item: QueuedComment): Promise<void> {
    const db = await this.open();
    if (!db) return this.memory().put(item);
    await request(() => db.transaction(storeName, 'readwrite').objectStore(storeName).put(item));
  }

  async remove(clientId: string): Promise<void> {
    const db = await this.open();
    if (!db) return this.memory().remove(clientId);
    await request(() => db.transaction(storeName, 'readwrite').objectStore(storeName).delete(clientId));
  }

  /** Called before a wipe: let go of the database (so it can be deleted) and keep nothing on the device. */
  async letGo(): Promise<void> {
    const db = await this.database;
    this.fallback ??= new MemoryStorage();
    db?.close();
  }

  private async open(): Promise<IDBDatabase | null> {
    if (this.fallback) return null;
    return this.database;
  }

  private memory(): MemoryStorage {
    this.fallback ??= new MemoryStorage();
    return this.fallback;
  }
}

function openDatabase(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const opening = indexedDB.open(name, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(storeName, { keyPath: 'clientId' });
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export function outboxStorage(workspaceId: string, userId: string): OutboxStorage {
  if (isSharedComputer() || typeof indexedDB === 'undefined') return new MemoryStorage();
  const name = `${workspaceId}/outbox-${userId}`;
  const storage = new DeviceStorage(openDatabase(name));
  trackLocalCopy(name, () => storage.letGo());
  return storage;
}
