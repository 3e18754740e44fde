import WebSocket from 'ws';
import type { DeliveryRecorder } from './deliveryRecorder';

/**
 * A reading connection that speaks just enough of the y-websocket protocol to be a peer
 * (sync handshake, one presence announcement renewed like a stock client's) and never decodes
 * an update: it finds the edit tokens in the raw frame. A stock provider applies every update
 * to its own Y.Doc, and a thousand of them cost the load generator a whole core; that cost was
 * being measured as server latency. Writers stay stock providers, so the server still receives
 * exactly what real clients send.
 */
export interface RawReader {
  readonly synced: boolean;
  destroy(): void;
}

// [sync, step 1, state vector of an empty document]
const syncStep1 = Uint8Array.from([0, 0, 1, 0]);
// [sync, step 2, empty update]: the reply to the server's step 1 (a reader has nothing to add).
const syncStep2Empty = Uint8Array.from([0, 1, 2, 0, 0]);

/** [awareness, update of one entry: client id, clock, '{}'], as a stock client announces itself. */
function presence(clientId: number, clock: number): Buffer {
  const entry: number[] = [1];
  for (const value of [clientId, clock]) {
    let rest = value;
    while (rest > 0x7f) {
      entry.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    entry.push(rest);
  }
  entry.push(2, 0x7b, 0x7d);
  return Buffer.from([1, entry.length, ...entry]);
}

/** The same interval as y-protocols' awareness renewal (half its 30 s timeout). */
const renewPresenceMs = 15_000;

export interface RawReaderHooks {
  readonly recorder: DeliveryRecorder;
  readonly onClose: () => void;
}

export function openRawReader(wsUrl: string, room: string, params: Record<string, string>, hooks: RawReaderHooks): RawReader {
  const query = new URLSearchParams(params).toString();
  const socket = new WebSocket(`${wsUrl}/${room}${query ? `?${query}` : ''}`, { perMessageDeflate: false });
  socket.binaryType = 'nodebuffer';
  const clientId = Math.floor(Math.random() * 0x7fffffff);
  let clock = 0;
  let synced = false;
  let destroyed = false;
  let renew: NodeJS.Timeout | null = null;

  socket.on('open', () => {
    socket.send(syncStep1);
    socket.send(presence(clientId, ++clock));
    // Jittered so a room's readers do not renew in the same tick.
    const first = setTimeout(() => {
      renew = setInterval(() => socket.send(presence(clientId, ++clock)), renewPresenceMs);
    }, Math.random() * renewPresenceMs);
    renew = first;
  });
  socket.on('message', (data: Buffer) => {
    if (data[0] !== 0) return; // presence: nothing to time
    if (data[1] === 0) return socket.send(syncStep2Empty);
    if (data[1] === 1) synced = true;
    // Tokens are ASCII and Yjs stores inserted strings verbatim, merged or not.
    hooks.recorder.recordInserted(data.toString('latin1'), performance.now());
  });
  socket.on('close', () => {
    if (renew) clearInterval(renew);
    if (!destroyed) hooks.onClose();
  });
  socket.on('error', () => {});

  return {
    get synced() {
      return synced;
    },
    destroy() {
      destroyed = true;
      if (renew) clearInterval(renew);
      socket.close();
    },
  };
}
