import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { CloseCodes } from '../../shared/closeCodes';
import { collabPath, parseDocName } from '../../shared/docName';
import { errorFields, withLogContext, type Logger } from '../logger';
import { requestIdFor, requestIdHeader } from '../requestId';
import { TrustedProxy } from '../trustedProxy';
import type { CollabMetrics } from '../metrics/ServerMetrics';
import type { AuthorizeUpgrade } from './access';
import type { ConnectionTracker } from './ConnectionTracker';
import { KeepAlive } from './KeepAlive';
import { connectSocket, defaultSocketRates, type SocketRates } from './connectSocket';
import type { RoomRegistry } from './RoomRegistry';
import { LocalSocketQuota, type SocketClaim, type SocketQuota } from './SocketQuota';
import { FrameMemo } from './socketFrames';

export interface CollabEndpointOptions {
  readonly registry: RoomRegistry;
  readonly authorize: AuthorizeUpgrade;
  /** Where identified sockets are registered, so access changes can close them. */
  readonly connections: ConnectionTracker;
  readonly maxMessageBytes: number;
  /** Per-socket rate limits on what a socket sends. */
  readonly rates?: SocketRates;
  /** Open sockets one person may hold; the next one is closed at once with 4430. */
  readonly maxSocketsPerPerson?: number;
  /** Where that cap is counted; shared by every instance when given one on Redis. */
  readonly socketQuota?: SocketQuota;
  /** Whose X-Request-Id is believed (TRUST_PROXY); by default nobody's. */
  readonly trustedProxy?: TrustedProxy;
  readonly logger: Logger;
  /** How often to ping sockets; one that missed the previous ping is dropped. */
  readonly keepAliveMs?: number;
  readonly metrics?: CollabMetrics;
}

export interface CollabEndpoint {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  readonly connectionCount: number;
  /** Closes every socket with "going away" and stops accepting new ones. */
  close(): Promise<void>;
}

const statusText: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

/** Answers an upgrade request with a plain HTTP error, before any WebSocket exists. */
function refuseUpgrade(socket: Duplex, status: 400 | 401 | 403 | 404, message: string, requestId: string): void {
  const body = JSON.stringify({ error: { id: `http_${status}`, message } });
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `X-Request-Id: ${requestId}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * The `/collab/<docName>` endpoint. ws enforces a hard ceiling on frame size (twice the
 * configured limit) so an attacker cannot make it buffer gigabytes; frames between the limit
 * and the ceiling reach our handler and get the named 4413 close code.
 */
export function createCollabEndpoint(options: CollabEndpointOptions): CollabEndpoint {
  const { logger } = options;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes * 2,
    // Off, and must stay off while rooms write pre-framed messages (connectSocket.ts): a
    // compressed socket's frames differ per socket and ws may hold them back while deflating.
    perMessageDeflate: false,
  });
  const quota = options.socketQuota ?? new LocalSocketQuota(options.maxSocketsPerPerson ?? 20);
  const proxy = options.trustedProxy ?? new TrustedProxy(null);
  const requestIds = new WeakMap<IncomingMessage, string>();
  const frames = new FrameMemo();
  let accepting = true;

  wss.on('error', (error) => logger.error('websocket server error', errorFields(error)));
  // The upgrade's answer names its request id, as every REST answer does.
  wss.on('headers', (headers, request) => {
    const requestId = requestIds.get(request);
    if (requestId) headers.push(`X-Request-Id: ${requestId}`);
  });

  const keepAlive = new KeepAlive(options.keepAliveMs ?? 30_000, logger);

  const upgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer, requestId: string): Promise<void> => {
    const refuse = (socket: Duplex, status: 400 | 401 | 403 | 404, message: string): void => {
      options.metrics?.refused(status);
      logger.debug('upgrade refused', { status });
      refuseUpgrade(socket, status, message, requestId);
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${collabPath}/`)) return refuse(socket, 404, 'no such endpoint');
    if (!accepting) return refuse(socket, 404, 'server is shutting down');
    let rawName: string;
    try {
      rawName = decodeURIComponent(url.pathname.slice(collabPath.length + 1));
    } catch {
      return refuse(socket, 400, 'document name is not valid URL encoding');
    }
    const parsed = parseDocName(rawName);
    if (!parsed.ok) return refuse(socket, 400, parsed.problem);

    const access = await options.authorize(request, parsed.name);
    if (!access.ok) return refuse(socket, access.status, access.message);
    if (socket.destroyed) return;

    // Claimed after authorisation, in one step with its check (on Redis, across instances):
    // N tabs opened at once cannot all pass a check made before any of them was counted.
    let claim: SocketClaim | null = null;
    if (access.identity) {
      claim = await quota.claim(access.identity.userId);
      const held = claim;
      // Released when the socket ends, however it ends (the upgrade may still fail).
      if (held) socket.once('close', () => held.release());
      if (socket.destroyed) return held?.release();
    }

    wss.handleUpgrade(request, socket, head, (ws) => {
      if (access.identity && !claim) {
        logger.warn('too many sockets for one person', { doc: parsed.name });
        ws.close(CloseCodes.tooManyConnections.code, CloseCodes.tooManyConnections.reason);
        return;
      }
      keepAlive.watch(ws);
      if (options.metrics) ws.on('message', options.metrics.messageIn.bind(options.metrics));
      const peerId = randomUUID().slice(0, 8);
      const peer = connectSocket(ws, {
        transport: socket,
        frames,
        docName: parsed.name,
        // `?fresh=1`: the client has nothing of the document yet (earlyConnections.ts).
        freshOnJoin: url.searchParams.get('fresh') === '1',
        readOnly: access.readOnly,
        owner: access.identity?.userId ?? null,
        contributor:
          access.identity && access.role && access.displayName !== null
            ? { userId: access.identity.userId, role: access.role, name: access.displayName }
            : null,
        maxMessageBytes: options.maxMessageBytes,
        rates: options.rates ?? defaultSocketRates,
        registry: options.registry,
        logger,
        peerId,
        metrics: options.metrics,
      });
      if (access.identity) {
        const untrack = options.connections.add(peer, access.identity);
        ws.once('close', untrack);
      }
      logger.debug('socket joined', { doc: parsed.name, peer: peerId, readOnly: access.readOnly });
    });
  };

  // One listener for every socket, made out here: a closure made inside handleUpgrade would
  // share its scope and keep the upgrade request (headers and all) for the socket's life.
  const swallowUpgradeError = (error: Error) => logger.debug('upgrade socket error', errorFields(error));

  return {
    handleUpgrade(request, socket, head) {
      // Before the upgrade completes, the raw socket's errors are ours to swallow.
      socket.on('error', swallowUpgradeError);
      const requestId = requestIdFor(request.headers[requestIdHeader], proxy.trusts(request.socket.remoteAddress));
      requestIds.set(request, requestId);
      // Everything logged for this socket, from its upgrade to its close, carries the id.
      withLogContext({ requestId }, () =>
        upgrade(request, socket, head, requestId).catch((error: unknown) => {
          logger.error('upgrade failed', errorFields(error));
          if (!socket.destroyed) socket.destroy();
        }),
      );
    },
    get connectionCount() {
      return wss.clients.size;
    },
    async close() {
      accepting = false;
      keepAlive.stop();
      quota.close();
      for (const ws of wss.clients) ws.close(CloseCodes.goingAway.code, CloseCodes.goingAway.reason);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
