import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Config } from './config';
import { createLogger, errorFields, type Logger } from './logger';
import { openDatabase } from './store/sqlite/openDatabase';
import { SqliteDocumentStore } from './store/sqlite/SqliteDocumentStore';
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
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly registry: RoomRegistry;
  readonly services: Services;
  /** Graceful stop: refuse new sockets, flush every room to the store, close sockets as "going away". */
  close(): Promise<void>;
}

export const defaultStaticDir = path.join(projectRoot, 'dist', 'client');

/** The composition root: every part is built here and handed what it needs. */
export async function startServer(config: Config, deps: ServerDeps = {}): Promise<RunningServer> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const db = openDatabase(config.dataDir);
  const store = new SqliteDocumentStore(db);
  const services = createServices(db, store, config, logger);
  const registry = services.rooms;
  const collab = createCollabEndpoint({
    registry,
    authorize: deps.authorize ?? authorizeMember(services),
    connections: services.connections,
    maxMessageBytes: config.maxMessageBytes,
    logger: logger.child('collab'),
  });
  const app = createApp({
    logger,
    services,
    staticDir: deps.staticDir === undefined ? defaultStaticDir : deps.staticDir,
    health: () => ({ rooms: registry.openRoomCount, connections: collab.connectionCount }),
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
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${hostForUrl}:${port}`;
  logger.info('listening', { url, dataDir: config.dataDir });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      logger.info('shutting down');
      await registry.closeAll();
      await collab.close();
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      logger.info('stopped');
    })();
    return closing;
  };

  return { url, port, registry, services, close };
}
