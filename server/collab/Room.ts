import * as Y from 'yjs';
import { CloseCodes, type CloseCode } from '../../shared/closeCodes';
import type { DocumentStore } from '../store/DocumentStore';
import { errorFields, type Logger } from '../logger';
import { DocumentLoadError } from './DocumentLoadError';
import { HeldContentLedger } from './HeldContentLedger';
import type { Peer } from './Peer';
import { RoomPresence } from './RoomPresence';
import { StateOnJoin } from './StateOnJoin';
import { defaultDocumentLimits, UpdateAdmission, type DocumentLimits } from './UpdateAdmission';
import { decodeMessage, encodeSyncStep1 } from './protocol';
import { asBuffer, fanOutUpdates } from './updateFanOut';
import type { MustSuggest } from './suggestingModeGuard';
import { PresenceFanOut } from './PresenceFanOut';
import { nextTurn, wakeAt } from './flushMoments';

export interface RoomOptions {
  readonly name: string;
  readonly store: DocumentStore;
  readonly logger: Logger;
  readonly compactAfterUpdates: number;
  readonly limits?: DocumentLimits;
  /** Called when the last peer leaves; the registry decides when to unload. */
  readonly onEmpty: (room: Room) => void;
  /** Called once if storage fails; the room has already closed its peers. */
  readonly onFailed: (room: Room) => void;
  /** How long, at least, between two broadcasts of this room; grows with the server's load. */
  readonly batchWindowMs?: () => number;
  /** Who may change this document only by suggesting; without it, nobody is held to it. */
  readonly mustSuggest?: MustSuggest;
}

type RoomState = 'ready' | 'closing' | 'closed' | 'failed';

/** Transaction origin of changes the server makes itself; never a peer, so all peers get them. */
export const serverOrigin: unique symbol = Symbol('bridgeplan.server');

/**
 * One open document: its Y.Doc, its presence and the peers editing it.
 *
 * Ordering is the heart of it. Every update a peer sends is applied to the doc at once, but
 * anything that shows that update to anyone else (the broadcast, or a sync reply that
 * contains it) runs on one promise chain behind the store append. So a peer only ever sees
 * state that is already durable, and peers see updates in the order they were applied.
 */
export class Room {
  readonly name: string;
  private readonly doc: Y.Doc;
  private readonly presence: RoomPresence;
  private readonly admission: UpdateAdmission;
  private readonly presenceFanOut: PresenceFanOut;
  private readonly peers = new Set<Peer>();
  private readonly stateOnJoin = new StateOnJoin();
  private durable: Promise<void> = Promise.resolve();
  /** Updates applied but not yet handed to the store; they are committed together. */
  private openBatch: { updates: Uint8Array[]; origins: unknown[]; stored: boolean[] } | null = null;
  /** True while applying an update the store already holds (see Peer.sendsStoredUpdates). */
  private applyingStored = false;
  private state: RoomState = 'ready';
  private lastSeq: number;
  /** What the doc holds of the stored rows and snapshots, so a compaction checks only the rest. */
  private readonly held: HeldContentLedger;
  private updatesSinceSnapshot: number;
  private lastFlushAt = 0;

  private constructor(
    private readonly options: RoomOptions,
    doc: Y.Doc,
    lastSeq: number,
    updatesSinceSnapshot: number,
    storedBytes: number,
    loadedSnapshot: Uint8Array | null,
  ) {
    this.name = options.name;
    this.admission = new UpdateAdmission(
      doc,
      options.limits ?? defaultDocumentLimits,
      { bytes: storedBytes, exact: updatesSinceSnapshot === 0 },
      options.logger,
      options.name,
      options.mustSuggest,
    );
    this.doc = doc;
    this.lastSeq = lastSeq;
    this.held = new HeldContentLedger(lastSeq, loadedSnapshot);
    this.updatesSinceSnapshot = updatesSinceSnapshot;
    this.presenceFanOut = new PresenceFanOut(
      (message) => this.broadcast(message, null),
      (error) => options.logger.error('presence broadcast failed', { doc: this.name, ...errorFields(error) }),
    );
    this.presence = new RoomPresence(doc, (message) => this.presenceFanOut.gather(message));
    this.doc.on('update', this.handleDocUpdate);
  }

  /** Loads the stored document completely before anyone is served from it. */
  static async load(options: RoomOptions): Promise<Room> {
    let stored;
    try {
      stored = await options.store.loadDocument(options.name);
    } catch (error) {
      throw new DocumentLoadError(options.name, error);
    }
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
    } catch (error) {
      doc.destroy();
      throw new DocumentLoadError(options.name, error);
    }
    // Stored updates come from integrated changes only, so anything left waiting for missing
    // parts means the stored rows are damaged; serving it would hide the loss and save it.
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      doc.destroy();
      throw new DocumentLoadError(options.name, new Error('stored updates are incomplete'));
    }
    const storedBytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
    return new Room(options, doc, stored.lastSeq, stored.updates.length, storedBytes, stored.snapshot);
  }

  /** Peers that keep the room loaded (background peers such as the relay do not count). */
  get peerCount(): number {
    let count = 0;
    for (const peer of this.peers) if (!peer.background) count += 1;
    return count;
  }

  get isOpen(): boolean {
    return this.state === 'ready';
  }

  /** Adds a peer and starts the sync handshake. False if the room is closing: open a new one. */
  join(peer: Peer): boolean {
    if (this.state !== 'ready') return false;
    this.peers.add(peer);
    this.presence.add(peer);
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const everyone = this.presence.everyone();
    if (everyone) peer.send(everyone);
    if (peer.freshOnJoin) {
      const state = this.stateOnJoin.greet(this.doc, peer);
      this.afterDurable(() => peer.send(state));
    }
    return true;
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.stateOnJoin.forget(peer);
    // Remove the peer's presence at once, so nobody sees a ghost caret for 30 seconds.
    if (this.state === 'ready') this.presence.remove(peer);
    if (this.peerCount === 0 && this.state === 'ready') this.options.onEmpty(this);
  }

  handleMessage(peer: Peer, data: Uint8Array): void {
    if (this.state !== 'ready' || !this.peers.has(peer)) return;
    const decoded = decodeMessage(data);
    if (!decoded.ok) {
      this.reject(peer, CloseCodes[decoded.problem]);
      return;
    }
    const message = decoded.message;
    switch (message.kind) {
      case 'syncStep1': {
        let reply: Uint8Array | null;
        try {
          reply = this.stateOnJoin.answer(this.doc, peer, message.stateVector);
        } catch {
          this.reject(peer, CloseCodes.malformed);
          return;
        }
        if (!reply) {
          this.options.logger.warn('state vector refused', { doc: this.name, peer: peer.id });
          return this.reject(peer, CloseCodes.updateRejected);
        }
        // Computed now, sent once everything it contains is durable.
        this.afterDurable(() => peer.send(reply));
        return;
      }
      case 'syncStep2':
      case 'update': {
        if (peer.readOnly) return;
        try {
          const refusal = this.admission.refusal(peer, message.update);
          if (refusal) return this.reject(peer, refusal);
          // Stored elsewhere already, unless it may integrate changes that were waiting here
          // for a missing part: those would be in the same update event, and nowhere stored.
          this.applyingStored = peer.sendsStoredUpdates === true && this.doc.store.pendingStructs === null && this.doc.store.pendingDs === null;
          Y.applyUpdate(this.doc, message.update, peer);
        } catch {
          this.reject(peer, CloseCodes.updateRejected);
        } finally {
          this.applyingStored = false;
        }
        return;
      }
      case 'awareness': {
        const result = this.presence.apply(peer, message.update);
        if (result === 'malformed') this.reject(peer, CloseCodes.malformed);
        if (result === 'too-many-ids') this.reject(peer, CloseCodes.updateRejected);
        if (result === 'too-large') this.reject(peer, CloseCodes.tooLarge);
        if (result === 'not-yours') this.options.logger.warn('awareness for another socket dropped', { doc: this.name, peer: peer.id });
        return;
      }
      case 'queryAwareness': {
        const everyone = this.presence.everyone();
        if (everyone) peer.send(everyone);
        return;
      }
    }
  }

  /**
   * A change made by the server itself (e.g. a comment posted over the API after its
   * permission checks). It is stored and broadcast to every peer like a peer's update;
   * resolves once it is durable. A caller that needs to undo its change later passes its
   * own origin (and tracks it with a Y.UndoManager created in `apply`).
   */
  async change(apply: (doc: Y.Doc) => void, origin: unknown = serverOrigin): Promise<void> {
    if (this.state !== 'ready') throw new Error(`room ${this.name} is not open`);
    this.doc.transact(() => apply(this.doc), origin);
    await this.durable;
    if ((this.state as RoomState) === 'failed') throw new Error(`document ${this.name} could not be saved`);
  }

  /**
   * Tells `listener` of every transaction on this document (history records who changed
   * which field). The listener runs inside Yjs's event loop and must not throw or write.
   */
  watch(listener: (transaction: Y.Transaction, doc: Y.Doc) => void): () => void {
    const handler = (transaction: Y.Transaction): void => {
      try {
        listener(transaction, this.doc);
      } catch (error) {
        this.options.logger.error('document watcher failed', { doc: this.name, ...errorFields(error) });
      }
    };
    this.doc.on('afterTransaction', handler);
    return () => this.doc.off('afterTransaction', handler);
  }

  /** Closes every peer, waits for pending writes and folds the log into one snapshot. */
  async close(code: CloseCode = CloseCodes.goingAway): Promise<void> {
    if (this.state !== 'ready') return;
    this.state = 'closing';
    for (const peer of this.peers) peer.close(code);
    this.peers.clear();
    await this.durable;
    if (this.state === 'closing' && this.updatesSinceSnapshot > 0) {
      try {
        await this.options.store.writeSnapshot(this.name, Y.encodeStateAsUpdate(this.doc), this.lastSeq, this.held.content());
      } catch (error) {
        // The update log still holds everything; the next load simply has more to merge.
        this.options.logger.warn('snapshot on close failed', { doc: this.name, ...errorFields(error) });
      }
    }
    this.destroy();
    this.state = 'closed';
  }

  /**
   * Group commit: updates that arrive while the previous write is still queued, or in the same
   * turn of the event loop, join one batch, stored in one transaction and then shown to each
   * peer as one merged message. Under load more sockets are readable per turn, and on a busy
   * server a room also waits out a short window between broadcasts, so the batch grows with
   * the load and the cost per update falls; an idle room waits one turn. Nobody sees an
   * update before its batch is durable.
   */
  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.admission.noteLogged(update.byteLength);
    if (this.openBatch) {
      this.openBatch.updates.push(update);
      this.openBatch.origins.push(origin);
      this.openBatch.stored.push(this.applyingStored);
      return;
    }
    const batch = { updates: [update], origins: [origin], stored: [this.applyingStored] };
    this.openBatch = batch;
    this.afterDurable(async () => {
      await nextTurn();
      const windowEnd = this.lastFlushAt + (this.options.batchWindowMs?.() ?? 0);
      if (windowEnd > performance.now()) await wakeAt(windowEnd);
      this.lastFlushAt = performance.now();
      if (this.openBatch === batch) this.openBatch = null;
      const unstored = batch.updates.filter((_, index) => !batch.stored[index]);
      if (unstored.length > 0) {
        this.lastSeq = await this.options.store.appendUpdates(this.name, unstored);
        this.held.noteAppended(this.lastSeq, unstored.length);
        this.updatesSinceSnapshot += unstored.length;
      }
      fanOutUpdates(this.peers, batch.updates, batch.origins);
      if (this.updatesSinceSnapshot >= this.options.compactAfterUpdates) await this.compact();
    });
  };

  private async compact(): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const bytesBefore = this.admission.loggedBytes;
    const throughSeq = this.lastSeq;
    await this.options.store.writeSnapshot(this.name, snapshot, throughSeq, this.held.content());
    this.held.noteCompacted(throughSeq, snapshot);
    this.updatesSinceSnapshot = 0;
    this.admission.noteCompacted(snapshot.byteLength, bytesBefore);
    this.options.logger.debug('compacted', { doc: this.name, bytes: snapshot.byteLength, throughSeq: this.lastSeq });
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    const bytes = asBuffer(message);
    for (const peer of this.peers) {
      if (peer !== except) peer.send(bytes);
    }
  }

  private afterDurable(task: () => void | Promise<void>): void {
    this.durable = this.durable
      .then(() => (this.state === 'failed' ? undefined : task()))
      .catch((error: unknown) => this.fail(error));
  }

  private reject(peer: Peer, code: CloseCode): void {
    this.options.logger.warn('closing socket', { doc: this.name, peer: peer.id, code: code.code, reason: code.reason });
    peer.close(code);
    this.leave(peer);
  }

  /**
   * Storage failed: the doc in memory holds changes that may not be saved. Close everyone
   * (their clients keep their edits and resend them on reconnect) and drop this copy, so the
   * next connection loads what the store really has.
   */
  private fail(error: unknown): void {
    if (this.state === 'failed' || this.state === 'closed') return;
    this.options.logger.error('storage failed; closing room', { doc: this.name, ...errorFields(error) });
    this.state = 'failed';
    for (const peer of this.peers) peer.close(CloseCodes.documentUnavailable);
    this.peers.clear();
    this.destroy();
    this.options.onFailed(this);
  }

  private destroy(): void {
    this.doc.off('update', this.handleDocUpdate);
    this.admission.destroy();
    this.presence.destroy();
    this.presenceFanOut.destroy();
    this.doc.destroy();
  }
}
