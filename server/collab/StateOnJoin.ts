import * as Y from 'yjs';
import type { Peer } from './Peer';
import { encodeSyncStep2, stateVectorClients } from './protocol';
import { newClientsPerUpdate } from './updateClients';

/**
 * The whole document, sent to a client that joins with nothing (`Peer.freshOnJoin`) without
 * waiting for it to ask. A provider's first message is its sync step 1, and the answer costs a
 * round trip before the page can show the document: half a second on a slow 4G link. Sent with
 * the room's greeting, the document arrives a round trip sooner.
 *
 * The client's step 1 still comes, and is answered with only what it lacks beyond its own state
 * and what it was sent on joining: the document never crosses the link twice. That is sound
 * because the join's message is sent on the same socket before the answer, and every change
 * made after it reaches the peer as a broadcast.
 */
export class StateOnJoin {
  /** Per peer that was sent the document on joining: the state vector of what it was sent. */
  private readonly sent = new Map<Peer, Map<number, number>>();

  /** The join's sync step 2 for a fresh peer: everything the document holds now. */
  greet(doc: Y.Doc, peer: Peer): Uint8Array {
    this.sent.set(peer, Y.decodeStateVector(Y.encodeStateVector(doc)));
    return encodeSyncStep2(Y.encodeStateAsUpdate(doc));
  }

  /**
   * The answer to a peer's sync step 1 (throws on a malformed state vector). Null for a state
   * vector listing more clients than the document holds and one update may add: it is not a
   * state of this document, and answering it would cost the room as much time as its sender
   * liked.
   */
  answer(doc: Y.Doc, peer: Peer, stateVector: Uint8Array): Uint8Array | null {
    if (stateVectorClients(stateVector) > doc.store.clients.size + newClientsPerUpdate) return null;
    const sent = this.sent.get(peer);
    if (!sent) return encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector));
    this.sent.delete(peer);
    const known = Y.decodeStateVector(stateVector);
    for (const [client, clock] of sent) {
      if (clock > (known.get(client) ?? 0)) known.set(client, clock);
    }
    return encodeSyncStep2(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(known)));
  }

  forget(peer: Peer): void {
    this.sent.delete(peer);
  }
}
