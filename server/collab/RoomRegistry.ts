import { CloseCodes, type CloseCode } from '../../shared/closeCodes';
import type { DocumentStore } from '../store/DocumentStore';
import { errorFields, type Logger } from '../logger';
import { Room } from './Room';
import type { DocumentLimits } from './UpdateAdmission';
import { LoadGauge } from './LoadGauge';
import { IdleCollector } from './IdleCollector';
import type { MustSuggest } from './suggestingModeGuard';

export interface RoomRegistryOptions {
  readonly store: DocumentStore;
  readonly logger: Logger;
  readonly unloadDelayMs: number;
  readonly compactAfterUpdates: number;
  readonly limits?: DocumentLimits;
  readonly mustSuggest?: MustSuggest;
}

/**
 * Keeps one Room per open document and unloads it after its last peer has left, so memory
 * follows the documents in use rather than every document ever opened.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  /** Rooms being flushed to the store; a reopen waits so it loads what they wrote. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  /** The settled entries of `rooms`, so a room can be forgotten synchronously. */
  private readonly loaded = new Map<string, Room>();
  private closed = false;
  private readonly loadListeners: ((room: Room) => void)[] = [];
  private readonly load = new LoadGauge();
  private readonly collector = new IdleCollector();

  constructor(private readonly options: RoomRegistryOptions) {}

  get openRoomCount(): number {
    return this.rooms.size;
  }

  /** Tells `listener` of every room loaded from now on (the cluster relay joins each). */
  onRoomLoaded(listener: (room: Room) => void): void {
    this.loadListeners.push(listener);
  }

  /** The room for a document, loading it if needed. Rejects if the document cannot be loaded. */
  open(name: string): Promise<Room> {
    if (this.closed) return Promise.reject(new Error('server is shutting down'));
    const existing = this.rooms.get(name);
    if (existing) return existing;
    const loading = this.loadRoom(name);
    this.rooms.set(name, loading);
    // A failed load is not cached: the next connection tries again (the cause may pass).
    loading.catch(() => {
      if (this.rooms.get(name) === loading) this.rooms.delete(name);
    });
    return loading;
  }

  /**
   * Applies a server-side change to a document, loading it if nobody has it open, and resolves
   * once the change is durable. A room opened only for this unloads again after the grace period.
   */
  async change(name: string, apply: Parameters<Room['change']>[0], origin?: unknown): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const room = await this.open(name);
      if (!room.isOpen) continue;
      await room.change(apply, origin);
      if (room.peerCount === 0) this.scheduleUnload(room);
      return;
    }
    throw new Error(`document ${name} kept closing`);
  }

  /** Flushes and closes every room, telling each peer the server is going away. */
  async closeAll(code: CloseCode = CloseCodes.goingAway): Promise<void> {
    this.closed = true;
    this.load.stop();
    this.collector.stop();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const rooms = await Promise.allSettled([...this.rooms.values()]);
    this.rooms.clear();
    this.loaded.clear();
    await Promise.all(
      rooms.map((result) => (result.status === 'fulfilled' ? result.value.close(code) : undefined)),
    );
    await Promise.all(this.unloading.values());
  }

  private async loadRoom(name: string): Promise<Room> {
    await this.unloading.get(name);
    const started = performance.now();
    const room = await Room.load({
      name,
      store: this.options.store,
      logger: this.options.logger,
      compactAfterUpdates: this.options.compactAfterUpdates,
      ...(this.options.limits ? { limits: this.options.limits } : {}),
      ...(this.options.mustSuggest ? { mustSuggest: this.options.mustSuggest } : {}),
      onEmpty: this.scheduleUnload,
      onFailed: this.forget,
      batchWindowMs: () => this.load.batchWindowMs(),
    });
    this.loaded.set(name, room);
    for (const listener of this.loadListeners) listener(room);
    this.options.logger.debug('room loaded', { doc: name, ms: Math.round(performance.now() - started) });
    return room;
  }

  private readonly scheduleUnload = (room: Room): void => {
    this.cancelUnload(room);
    const timer = setTimeout(() => {
      try {
        this.unloadTimers.delete(room);
        if (room.peerCount > 0) return;
        this.unload(room);
      } catch (error) {
        this.options.logger.error('unload timer failed', { doc: room.name, ...errorFields(error) });
      }
    }, this.options.unloadDelayMs);
    this.unloadTimers.set(room, timer);
  };

  private unload(room: Room): void {
    this.forget(room);
    const done = room
      .close()
      .catch((error: unknown) => this.options.logger.error('room unload failed', { doc: room.name, ...errorFields(error) }))
      .finally(() => {
        if (this.unloading.get(room.name) === done) this.unloading.delete(room.name);
        this.collector.roomUnloaded();
      });
    this.unloading.set(room.name, done);
  }

  private readonly forget = (room: Room): void => {
    this.cancelUnload(room);
    // Only drop the entry if it still is this room (a newer one may have replaced it).
    if (this.loaded.get(room.name) !== room) return;
    this.loaded.delete(room.name);
    this.rooms.delete(room.name);
  };

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
  }
}
