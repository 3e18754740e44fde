import type { CloseCode } from '../../shared/closeCodes';
import type { Peer } from '../collab/Peer';
import type { Room } from '../collab/Room';
import { decodeMessage, encodeAwareness } from '../collab/protocol';
import { awarenessClocks, filterAwareness, type RelayEnvelope, type RelayKind } from './relayEnvelope';

/** How a document's relay reaches the bus; implemented by RedisRelay. */
export interface RelayBus {
  readonly instanceId: string;
  /**
   * Every instance stores documents in the same store (PostgreSQL), so what arrives from
   * another instance is stored already: it must not be appended again.
   */
  readonly sharesStore: boolean;
  publish(docName: string, kind: RelayKind, to: string | null, payload: Uint8Array): void;
  /** The room closed this relay (it unloaded or failed): stop listening for its document. */
  detach(relay: DocumentRelay): void;
}

/**
 * One open document's link to the other instances, seen by the room as one more peer.
 *
 * The room sends it what it sends every peer, and only after the store has it: durable
 * updates and presence, which go out on the bus. Messages from other instances come in
 * through `receive()` as this peer's messages, so the room applies them and sends them to
 * its own sockets, but never back to this peer: nothing is published twice, and the sender
 * ignores its own messages. Authorship was checked by the instance the socket is on.
 */
export class DocumentRelay implements Peer {
  readonly id = 'relay';
  readonly readOnly = false;
  readonly owner = null;
  readonly contributor = null;
  readonly background = true;
  readonly sendsStoredUpdates: boolean;
  /** Instances whose state vector the room is answering, in the order it answers them. */
  private readonly awaitingReply: string[] = [];
  /** Highest awareness clock per client id received from other instances, to drop echoes. */
  private readonly relayedClocks = new Map<number, number>();
  private closed = false;

  constructor(
    readonly room: Room,
    private readonly bus: RelayBus,
  ) {
    this.sendsStoredUpdates = bus.sharesStore;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    const decoded = decodeMessage(message);
    if (!decoded.ok) return;
    switch (decoded.message.kind) {
      case 'syncStep1':
        // The room's greeting on join; the relay sends its own hello once subscribed.
        return;
      case 'syncStep2':
        this.bus.publish(this.room.name, 'step2', this.awaitingReply.shift() ?? null, message);
        return;
      case 'update':
        this.bus.publish(this.room.name, 'update', null, message);
        return;
      case 'awareness': {
        // The room sends a turn's presence as one message, which can hold people who came from
        // the other instances beside this instance's own. Only its own go out: the others'
        // would come back to them as ids their own sockets announced, and a room drops a
        // message that speaks for someone else's caret, whole.
        const own = filterAwareness(decoded.message.update, (clientId, clock) => clock > (this.relayedClocks.get(clientId) ?? -1));
        if (own) this.bus.publish(this.room.name, 'awareness', null, own === decoded.message.update ? message : encodeAwareness(own));
        return;
      }
      case 'queryAwareness':
        return;
    }
  }

  close(_code: CloseCode): void {
    if (this.closed) return;
    this.closed = true;
    this.bus.detach(this);
  }

  /**
   * Announces this instance's state vector, asking the others for what it lacks, and who is
   * here: an instance that subscribed earlier may have missed both this instance's own hello
   * and the presence published before this one was listening.
   */
  hello(): void {
    const greeting = this.probe();
    if (!greeting) return;
    this.bus.publish(this.room.name, 'hello', null, greeting.stateVector);
    this.publishOwnPresence(greeting.presence, null);
  }

  receive(envelope: RelayEnvelope): void {
    if (this.closed) return;
    switch (envelope.kind) {
      case 'hello': {
        this.answer(envelope);
        const mine = this.probe();
        if (!mine) return;
        this.bus.publish(this.room.name, 'sv', envelope.from, mine.stateVector);
        this.publishOwnPresence(mine.presence, envelope.from);
        return;
      }
      case 'sv':
        this.answer(envelope);
        return;
      case 'awareness': {
        const decoded = decodeMessage(envelope.payload);
        if (decoded.ok && decoded.message.kind === 'awareness') this.remember(decoded.message.update);
        this.room.handleMessage(this, envelope.payload);
        return;
      }
      case 'step2':
      case 'update':
        this.room.handleMessage(this, envelope.payload);
        return;
    }
  }

  /** Feeds another instance's state vector to the room; its sync step 2 reply goes back to that instance. */
  private answer(envelope: RelayEnvelope): void {
    this.awaitingReply.push(envelope.from);
    this.room.handleMessage(this, envelope.payload);
  }

  /**
   * The room's current state vector and presence, read the way any peer learns them: a
   * short-lived peer joins (the room greets it with both) and leaves at once.
   */
  private probe(): { stateVector: Uint8Array; presence: Uint8Array | null } | null {
    const greeting: Uint8Array[] = [];
    const probe: Peer = {
      id: 'relay-probe',
      readOnly: true,
      owner: null,
      contributor: null,
      background: true,
      send: (message) => greeting.push(message),
      close: () => undefined,
    };
    if (!this.room.join(probe)) return null;
    this.room.leave(probe);
    const [stateVector, presence] = greeting;
    return stateVector ? { stateVector, presence: presence ?? null } : null;
  }

  /** This instance's own people's presence (not what it learned from the others), if anyone is here. */
  private publishOwnPresence(presence: Uint8Array | null, to: string | null): void {
    if (!presence) return;
    const decoded = decodeMessage(presence);
    if (!decoded.ok || decoded.message.kind !== 'awareness') return;
    const own = filterAwareness(decoded.message.update, (clientId) => !this.relayedClocks.has(clientId));
    if (own) this.bus.publish(this.room.name, 'awareness', to, encodeAwareness(own));
  }

  private remember(update: Uint8Array): void {
    for (const { clientId, clock } of awarenessClocks(update) ?? []) {
      if (clock > (this.relayedClocks.get(clientId) ?? -1)) this.relayedClocks.set(clientId, clock);
    }
  }
}
