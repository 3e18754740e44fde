import type * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Peer } from './Peer';
import { awarenessEntries, encodeAwareness, encodeAwarenessEntries, type AwarenessLimits } from './protocol';

export type PresenceResult = 'applied' | 'echo' | 'not-yours' | 'malformed' | 'too-many-ids' | 'too-large';

/**
 * A browser tab has one awareness client id (a few after reconnects hand ids over); a caret,
 * a name and a colour fit in far less than 4 KiB. Anything beyond is not a person's presence.
 * One message may still carry many entries: a stock y-websocket client sends back every
 * presence change it receives, and the room sends several people's changes as one message, so
 * an honest client repeats a whole batch. Only ids the room does not know yet count as new.
 */
export const presenceLimits: AwarenessLimits & { readonly maxIdsPerSocket: number } = {
  maxEntries: 1024,
  maxIdsPerSocket: 4,
  maxStateBytes: 4 * 1024,
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The name a presence state shows on its caret and in "who is here", if it shows one. */
function shownName(state: unknown): string | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  return typeof state.user.name === 'string' ? state.user.name : null;
}

/**
 * Who is in a room and where their carets are (y-protocols awareness), and which socket speaks
 * for which client id. Presence vanishes the moment its socket leaves (no ghost carets), and a
 * socket may speak only for the client ids it announced itself.
 */
export class RoomPresence {
  private readonly awareness: awarenessProtocol.Awareness;
  /** Each peer with the awareness client ids it has announced. */
  private readonly announced = new Map<Peer, Set<number>>();
  /** The same, the other way round: which peer announced a client id (at most one does). */
  private readonly announcer = new Map<number, Peer>();

  constructor(
    doc: Y.Doc,
    /** Sends one encoded awareness message to every peer (the sender included). */
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: without this it would show up as a nameless person.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.handleUpdate);
  }

  add(peer: Peer): void {
    this.announced.set(peer, new Set());
  }

  /** Forgets a peer and removes its presence at once, for everyone else. */
  remove(peer: Peer): void {
    const ids = this.announced.get(peer);
    this.announced.delete(peer);
    if (!ids || ids.size === 0) return;
    for (const id of ids) if (this.announcer.get(id) === peer) this.announcer.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], 'left');
  }

  /** Everyone's current presence as one message, or null when nobody has announced any. */
  everyone(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)) : null;
  }

  apply(peer: Peer, update: Uint8Array): PresenceResult {
    const decoded = awarenessEntries(update, presenceLimits);
    if (!decoded.ok) return decoded.problem;
    // A stock provider sends back every presence change it hears of, other people's included.
    // Those repeats are left out and the socket's own entries applied. Someone else's id with
    // a state newer than the room's is no repeat: it is an attempt to speak for them.
    const foreign = new Set(decoded.entries.filter((entry) => this.isAnnouncedByOther(entry.clientId, peer)));
    for (const entry of foreign) if (entry.state !== null && entry.clock > (this.awareness.meta.get(entry.clientId)?.clock ?? -1)) return 'not-yours';
    const entries = foreign.size === 0 ? decoded.entries : decoded.entries.filter((entry) => !foreign.has(entry));
    if (entries.length === 0) return 'echo';
    const own = this.announced.get(peer);
    // Ids the room already knows are repeats (or a tab taking its own id over), not new ones.
    const known = this.awareness.getStates();
    const added = entries.filter((entry) => entry.state !== null && !own?.has(entry.clientId) && !known.has(entry.clientId)).length;
    if ((own?.size ?? 0) + added > presenceLimits.maxIdsPerSocket) return 'too-many-ids';
    // The caret label is the signed-in name: nobody appears under a colleague's name.
    const name = peer.contributor?.name;
    if (name !== undefined && entries.some((entry) => shownName(entry.state) !== null && shownName(entry.state) !== name)) return 'not-yours';
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, foreign.size === 0 ? update : encodeAwarenessEntries(entries), peer);
      return 'applied';
    } catch {
      return 'malformed';
    }
  }

  destroy(): void {
    this.awareness.off('update', this.handleUpdate);
    this.awareness.destroy();
    this.announced.clear();
    this.announcer.clear();
  }

  private note(peer: Peer, ids: Set<number>, id: number): void {
    ids.add(id);
    this.announcer.set(id, peer);
  }

  /** Checked for every entry of every presence message: one lookup, not a walk over the room. */
  private isAnnouncedByOther(clientId: number, peer: Peer): boolean {
    const other = this.announcer.get(clientId);
    if (other === undefined || other === peer) return false;
    if (other.owner !== peer.owner) return true;
    // Same person: hand the id over, so the old socket's close does not remove it.
    this.announced.get(other)?.delete(clientId);
    this.announcer.delete(clientId);
    return false;
  }

  private readonly handleUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const peer = origin as Peer;
    const ids = this.announced.get(peer);
    if (ids) {
      for (const id of change.added) this.note(peer, ids, id);
      for (const id of change.updated) this.note(peer, ids, id);
      for (const id of change.removed) {
        ids.delete(id);
        if (this.announcer.get(id) === peer) this.announcer.delete(id);
      }
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    // Sent to the origin too: for a person alone in a room it is the only traffic that keeps
    // the client's stale-connection timer from firing.
    this.broadcast(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };
}
