import type { Duplex } from 'node:stream';
import type { WebSocket, RawData } from 'ws';
import { CloseCodes, type CloseCode } from '../../shared/closeCodes';
import { errorFields, keepLogContext, type Logger } from '../logger';
import type { CollabMetrics } from '../metrics/ServerMetrics';
import type { Contributor } from './authorship';
import type { Peer } from './Peer';
import type { Room } from './Room';
import type { RoomRegistry } from './RoomRegistry';
import { MessageType, SyncStep } from './protocol';
import { TokenBucket } from './TokenBucket';
import { maxFramedPayload, type FrameMemo } from './socketFrames';

/** What one socket may send per second, sustained, and at once. */
export interface SocketRates {
  readonly updatesPerSecond: number;
  readonly updateBurst: number;
}

export const defaultSocketRates: SocketRates = { updatesPerSecond: 50, updateBurst: 500 };

/**
 * Presence moves with every caret move, so it is allowed more often than a person types, but a
 * socket announcing presence in a loop is cut off. Sync requests make the server encode the
 * document: a client needs one per connection (and one per resync).
 */
const presenceRate = { perSecond: 30, burst: 120 };
const requestRate = { perSecond: 2, burst: 10 };
/** A large update costs one token per 64 KiB on top of its one: pastes pass, a stream of 8 MiB frames does not. */
const bytesPerExtraToken = 64 * 1024;

export interface SocketOptions {
  /**
   * The upgraded connection ws reads and writes. Messages a room sends go to it as complete
   * frames, framed once for every socket (socketFrames.ts); ws writes its own frames (close,
   * ping, large messages) to it too, each one whole, so frames never interleave.
   */
  readonly transport: Duplex;
  /** Where a broadcast's frame is kept while the room hands it to each of its peers. */
  readonly frames: FrameMemo;
  readonly docName: string;
  /** Send the whole document as the socket joins (Peer.freshOnJoin). */
  readonly freshOnJoin: boolean;
  readonly readOnly: boolean;
  readonly owner: string | null;
  readonly contributor: Contributor | null;
  readonly maxMessageBytes: number;
  readonly rates: SocketRates;
  readonly registry: RoomRegistry;
  readonly logger: Logger;
  readonly peerId: string;
  readonly metrics?: CollabMetrics | undefined;
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
  const updates = new TokenBucket(options.rates.updatesPerSecond, options.rates.updateBurst);
  const presence = new TokenBucket(presenceRate.perSecond, presenceRate.burst);
  const requests = new TokenBucket(requestRate.perSecond, requestRate.burst);

  /**
   * Charges a message to its bucket, from its first bytes (message type, sync step: both one
   * byte in every message our protocol knows). Malformed ones are left to the room to name.
   */
  const withinRate = (bytes: Uint8Array): boolean => {
    if (bytes[0] === MessageType.sync) {
      if (bytes[1] === SyncStep.step1) return requests.take();
      return updates.take(1 + Math.floor(bytes.byteLength / bytesPerExtraToken));
    }
    if (bytes[0] === MessageType.awareness) return presence.take();
    if (bytes[0] === MessageType.queryAwareness) return requests.take();
    return true;
  };

  const peer: Peer = {
    id: options.peerId,
    freshOnJoin: options.freshOnJoin,
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
      options.metrics?.messageOut();
      // ws queues frames of its own only while compressing (off here) or reading a Blob
      // (never sent here), so a frame written now follows everything ws has written.
      // No write callback: with one, every write that completes at once schedules a tick of
      // its own (a sixth of what the broadcast path allocated). A failed write errors the
      // connection, which ws closes and the 'close' handler below takes out of the room.
      if (message.byteLength > maxFramedPayload) ws.send(message, binaryFrame);
      else options.transport.write(options.frames.frameOf(message));
    },
    close(code: CloseCode) {
      if (ws.readyState === ws.CLOSED || ws.readyState === ws.CLOSING) return;
      options.metrics?.closed(code.code);
      ws.close(code.code, code.reason);
    },
  };

  const refuse = (code: CloseCode) => {
    logger.warn('closing socket', { doc: options.docName, peer: options.peerId, code: code.code, reason: code.reason });
    peer.close(code);
  };

  // Handlers keep the upgrade's log context: every line of this socket's life has its request id.
  ws.on('error', keepLogContext((error: Error) => logger.warn('socket error', { peer: options.peerId, ...errorFields(error) })));

  ws.on('message', keepLogContext((data: RawData, isBinary: boolean) => {
    try {
      // Once this socket is being closed (refused above), nothing more it sent is handled.
      if (ws.readyState !== ws.OPEN) return;
      if (!isBinary) return refuse(CloseCodes.malformed);
      if (byteLength(data) > maxMessageBytes) return refuse(CloseCodes.tooLarge);
      const bytes = toBytes(data);
      if (!withinRate(bytes)) return refuse(CloseCodes.rateLimited);
      if (room) return room.handleMessage(peer, bytes);
      waitingBytes += bytes.byteLength;
      if (waitingBytes > maxMessageBytes) return refuse(CloseCodes.tooLarge);
      waiting.push(bytes);
    } catch (error) {
      logger.error('message handling failed', { peer: options.peerId, ...errorFields(error) });
      peer.close(CloseCodes.malformed);
    }
  }));

  ws.on('close', keepLogContext(() => {
    closed = true;
    try {
      room?.leave(peer);
    } catch (error) {
      logger.error('leaving room failed', { peer: options.peerId, ...errorFields(error) });
    }
  }));

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
