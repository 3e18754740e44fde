import type { WebSocket, RawData } from 'ws';
import { CloseCodes, type CloseCode } from '../../shared/closeCodes';
import { errorFields, type Logger } from '../logger';
import type { Contributor } from './authorship';
import type { Peer } from './Peer';
import type { Room } from './Room';
import type { RoomRegistry } from './RoomRegistry';

export interface SocketOptions {
  readonly docName: string;
  readonly readOnly: boolean;
  readonly owner: string | null;
  readonly contributor: Contributor | null;
  readonly maxMessageBytes: number;
  readonly registry: RoomRegistry;
  readonly logger: Logger;
  readonly peerId: string;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const maxBufferedBytes = (maxMessageBytes: number): number => Math.max(16 * 1024 * 1024, maxMessageBytes * 4);

const binaryFrame = { binary: true } as const;

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, part) => sum + part.byteLength, 0);
  return data.byteLength;
}

/**
 * Joins an upgraded socket to its document's room. Messages that arrive while the document
 * is still loading wait in a bounded queue, so nobody is answered from a half-loaded doc.
 * Every callback is guarded: an exception here closes this socket, never the process.
 */
export function connectSocket(ws: WebSocket, options: SocketOptions): Peer {
  const { logger, maxMessageBytes } = options;
  let room: Room | null = null;
  let closed = false;
  const waiting: Uint8Array[] = [];
  let waitingBytes = 0;

  // One options object and one callback for every send: a room sends each peer thousands of
  // messages, and a fresh closure per message is garbage the broadcast path does not need.
  const afterSend = (error?: Error): void => {
    if (error) logger.debug('send failed', { peer: options.peerId, ...errorFields(error) });
  };

  const peer: Peer = {
    id: options.peerId,
    readOnly: options.readOnly,
    owner: options.owner,
    contributor: options.contributor,
    send(message) {
      if (ws.readyState !== ws.OPEN) return;
      // A peer that stopped reading would make us buffer every update for it forever; drop it
      // instead: on reconnect one sync step brings it up to date.
      if (ws.bufferedAmount > maxBufferedBytes(maxMessageBytes)) {
        refuse(CloseCodes.tooSlow);
        return;
      }
      ws.send(message, binaryFrame, afterSend);
    },
    close(code: CloseCode) {
      if (ws.readyState === ws.CLOSED || ws.readyState === ws.CLOSING) return;
      ws.close(code.code, code.reason);
    },
  };

  const refuse = (code: CloseCode) => {
    logger.warn('closing socket', { doc: options.docName, peer: options.peerId, code: code.code, reason: code.reason });
    peer.close(code);
  };

  ws.on('error', (error) => logger.warn('socket error', { peer: options.peerId, ...errorFields(error) }));

  ws.on('message', (data, isBinary) => {
    try {
      if (!isBinary) return refuse(CloseCodes.malformed);
      if (byteLength(data) > maxMessageBytes) return refuse(CloseCodes.tooLarge);
      const bytes = toBytes(data);
      if (room) return room.handleMessage(peer, bytes);
      waitingBytes += bytes.byteLength;
      if (waitingBytes > maxMessageBytes) return refuse(CloseCodes.tooLarge);
      waiting.push(bytes);
    } catch (error) {
      logger.error('message handling failed', { peer: options.peerId, ...errorFields(error) });
      peer.close(CloseCodes.malformed);
    }
  });

  ws.on('close', () => {
    closed = true;
    try {
      room?.leave(peer);
    } catch (error) {
      logger.error('leaving room failed', { peer: options.peerId, ...errorFields(error) });
    }
  });

  const join = async (): Promise<void> => {
    // A room that started unloading between open() and join() refuses; the next open() waits
    // for that unload to finish and loads a fresh copy.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const candidate = await options.registry.open(options.docName);
      if (closed) return;
      if (candidate.join(peer)) {
        room = candidate;
        for (const message of waiting.splice(0)) candidate.handleMessage(peer, message);
        waitingBytes = 0;
        return;
      }
    }
    throw new Error('room kept closing while joining');
  };

  join().catch((error: unknown) => {
    logger.error('document unavailable', { doc: options.docName, peer: options.peerId, ...errorFields(error) });
    peer.close(CloseCodes.documentUnavailable);
  });

  return peer;
}
