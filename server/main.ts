import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Config } from './config';
import { createLogger, errorFields, type Logger } from './logger';
import { openDatabase } from './store/sqlite/openDatabase';
import { BlobCipher } from './store/BlobCipher';
import { reencryptDocuments } from './store/sqlite/reencryptDocuments';
import { openDocumentStore } from './store/openDocumentStore';
import type { DocumentStore } from './store/DocumentStore';
import { openDataLayer, type DataLayer } from './data/openDataLayer';
import type { RedisRelay } from './cluster/RedisRelay';
import { RedisSocketQuota } from './cluster/RedisSocketQuota';
import { RedisAttemptLimiter } from './accounts/RedisAttemptLimiter';
import { TrustedProxy } from './trustedProxy';
import { MeasuredDocumentStore } from './metrics/MeasuredDocumentStore';
import { ServerMetrics } from './metrics/ServerMetrics';
import { dependencyHealth } from './metrics/dependencyHealth';
import type { RoomRegistry } from './collab/RoomRegistry';
import { createCollabEndpoint } from './collab/collabEndpoint';
import type { AuthorizeUpgrade } from './collab/access';
import { authorizeMember } from './collab/authorizeMember';
import { createApp } from './http/createApp';
import { createServices, type Services } from './services';
import { projectRoot } from './projectRoot';

export interface ServerDeps {
  readonly logger?: Logger;
  /** Folder of the built client; defaults to dist/client beside the project. */
  readonly staticDir?: string | null;
  readonly authorize?: AuthorizeUpgrade;
  /** Storage as the rooms see it, through a wrapper (tests hold writes to look between apply and store). */
  readonly wrapDocumentStore?: (store: DocumentStore) => DocumentStore;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly registry: RoomRegistry;
  readonly services: Services;
  /** The bus to the other instances when REDIS_URL is set. */
  readonly relay: RedisRelay | null;
  readonly metrics: ServerMetrics;
  /** Graceful stop: refuse new sockets, flush every room to the store, close sockets as "going away". */
  close(): Promise<void>;
}

export const defaultStaticDir = path.join(projectRoot, 'dist', 'client');

/** The composition root: every part is built here and handed what it needs. */
export async function startServer(config: Config, deps: ServerDeps = {}): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const db = openDatabase(config.dataDir);
  const cipher = new BlobCipher(config.dataKey, config.dataKeyPrevious);
  let documents;
  let data: DataLayer;
  try {
    const rewritten = reencryptDocuments(db, cipher);
    if (rewritten > 0) logger.info('document blobs re-encrypted', { blobs: rewritten, keyId: config.dataKey?.id ?? 'none (stored plain)' });
    data = await openDataLayer(config, db, logger.child('store'));
    documents = await openDocumentStore(data, db, cipher, logger.child('store'));
    if (documents.resealed > 0) logger.info('document blobs re-sealed in PostgreSQL', { blobs: documents.resealed, keyId: config.dataKey?.id ?? 'none (stored plain)' });
  } catch (error) {
    db.close();
    throw error;
  }
  const metrics = new ServerMetrics({ openRooms: () => registry.openRoomCount, openSockets: () => collab.connectionCount });
  const store = new MeasuredDocumentStore(deps.wrapDocumentStore?.(documents.store) ?? documents.store, metrics);
  // Several instances share the sign-in limiter and the socket cap through Redis, so a
  // round-robin proxy cannot multiply either; each falls back to counting locally in an outage.
  // ioredis loads only with REDIS_URL, like the relay below.
  const counters = config.redisUrl ? (await import('./cluster/sharedRedis')).openSharedRedis(config.redisUrl, logger.child('limits')) : null;
  const limiter = counters ? new RedisAttemptLimiter(counters, { prefix: config.redisChannelPrefix, logger: logger.child('limits') }) : undefined;
  const socketQuota = counters
    ? new RedisSocketQuota(counters, { prefix: config.redisChannelPrefix, maxPerPerson: config.maxSocketsPerPerson, logger: logger.child('limits') })
    : undefined;
  const services = createServices(data.db, store, config, logger, limiter);
  const registry = services.rooms;
  // ioredis loads only with REDIS_URL: a single instance does not carry it (about 8 MiB of RSS).
  const relay = config.redisUrl
    ? (await import('./cluster/RedisRelay')).RedisRelay.start({
        url: config.redisUrl,
        prefix: config.redisChannelPrefix,
        registry,
        connections: services.connections,
        logger: logger.child('relay'),
        metrics,
        sharedStore: documents.engine === 'postgres',
      })
    : null;
  const collab = createCollabEndpoint({
    registry,
    authorize: deps.authorize ?? authorizeMember(services),
    connections: services.connections,
    maxMessageBytes: config.maxMessageBytes,
    rates: { updatesPerSecond: config.updatesPerSecond, updateBurst: config.updateBurst },
    maxSocketsPerPerson: config.maxSocketsPerPerson,
    ...(socketQuota ? { socketQuota } : {}),
    trustedProxy: new TrustedProxy(config.trustProxy),
    logger: logger.child('collab'),
    metrics,
  });
  const app = createApp({
    logger,
    services,
    staticDir: deps.staticDir === undefined ? defaultStaticDir : deps.staticDir,
    health: async () => ({
      rooms: registry.openRoomCount,
      connections: collab.connectionCount,
      ...(await dependencyHealth(documents, relay)),
    }),
    metrics: { registry: metrics, token: config.metricsToken },
  });

  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  server.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
  server.on('clientError', (error, socket) => {
    logger.debug('client error', errorFields(error));
    if (!socket.destroyed) socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error('http server error', errorFields(error)));
  services.notifier.start();
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${hostForUrl}:${port}`;
  services.reminderJob.start(url);
  logger.info('listening', { url, dataDir: config.dataDir, documents: documents.engine, data: data.engine, relay: relay ? relay.instanceId : 'off' });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      logger.info('shutting down');
      await registry.closeAll();
      await services.historyRecorder.flushAll();
      await services.exports.close();
      await services.reminderJob.close();
      await services.notifier.close();
      await collab.close();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await relay?.close();
      socketQuota?.close();
      await counters?.quit().catch(() => counters.disconnect());
      await store.close();
      await data.close();
      if (db.open) db.close();
      logger.info('stopped');
    })();
    return closing;
  };

  return { url, port, registry, services, relay, metrics, close };
}
