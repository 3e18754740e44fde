import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { decodeMessage, encodeAwareness } from '../../server/collab/protocol';

/** A person's client: its own awareness, announcing the way y-protocols does. */
export function presencePerson(clientId: number) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  const message = () => encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]));
  return { awareness, message };
}

/** What a peer's client holds after applying everything it was sent. */
export function presenceReceiver() {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const received: Uint8Array[] = [];
  return {
    awareness,
    received,
    send(message: Uint8Array) {
      received.push(message);
      const decoded = decodeMessage(message);
      if (decoded.ok && decoded.message.kind === 'awareness') awarenessProtocol.applyAwarenessUpdate(awareness, decoded.message.update, 'server');
    },
  };
}
