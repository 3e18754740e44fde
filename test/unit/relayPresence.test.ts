import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import type { CloseCode } from '../../shared/closeCodes';
import { DocumentRelay, type RelayBus } from '../../server/cluster/DocumentRelay';
import { awarenessClocks, type RelayEnvelope, type RelayKind } from '../../server/cluster/relayEnvelope';
import type { Peer } from '../../server/collab/Peer';
import { Room } from '../../server/collab/Room';
import { decodeMessage, encodeAwareness } from '../../server/collab/protocol';
import { createLogger } from '../../server/logger';
import { FlakyDocumentStore } from '../helpers/FlakyDocumentStore';

/** A person's socket on this instance. */
class Socket implements Peer {
  readonly readOnly = false;
  readonly contributor = null;
  constructor(readonly id: string, readonly owner: string) {}
  send(): void {}
  close(_code: CloseCode): void {}
}

/** What this instance put on the bus. */
class RecordingBus implements RelayBus {
  readonly instanceId = 'this-instance';
  readonly sharesStore = false;
  readonly published: { kind: RelayKind; payload: Uint8Array }[] = [];
  publish(_docName: string, kind: RelayKind, _to: string | null, payload: Uint8Array): void {
    this.published.push({ kind, payload });
  }
  detach(): void {}
  /** Client ids in the presence this instance published, message by message. */
  presenceSent(): number[][] {
    return this.published
      .filter((message) => message.kind === 'awareness')
      .map((message) => {
        const decoded = decodeMessage(message.payload);
        if (!decoded.ok || decoded.message.kind !== 'awareness') throw new Error('not presence');
        return (awarenessClocks(decoded.message.update) ?? []).map((entry) => entry.clientId);
      });
  }
}

function presenceOf(clientId: number, name: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name } });
  return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]));
}

const turnEnded = () => new Promise((resolve) => setImmediate(resolve));

describe('DocumentRelay presence', () => {
  it('tells the other instances only about its own people when a turn mixes both', async () => {
    const room = await Room.load({ name: 'w/plan', store: new FlakyDocumentStore(), logger: createLogger('silent'), compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const bus = new RecordingBus();
    const relay = new DocumentRelay(room, bus);
    room.join(relay);
    const parent = new Socket('parent-socket', 'u_parent');
    room.join(parent);
    await turnEnded();
    bus.published.length = 0;

    // In one turn: the case manager's caret arrives from another instance, and the parent here moves.
    const fromElsewhere: RelayEnvelope = { from: 'other-instance', kind: 'awareness', to: null, sentAt: Date.now(), payload: presenceOf(7, 'Case Manager') };
    relay.receive(fromElsewhere);
    room.handleMessage(parent, presenceOf(9, 'Parent'));
    await turnEnded();

    // Had the manager's entry gone back, the other instance would drop the whole message (the
    // manager's id belongs to a socket there) and never learn where the parent is.
    expect(bus.presenceSent()).toEqual([[9]]);
  });
});
