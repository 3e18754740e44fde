import { Redis } from 'ioredis';
import { errorFields, type Logger } from '../logger';

/**
 * The Redis connection for shared counters (the sign-in limiter, the socket cap). A command
 * fails at once while Redis is away, instead of waiting in a queue: the callers then fall back
 * to counting in this process, and a sign-in never hangs on an outage.
 */
export function openSharedRedis(url: string, logger: Logger): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1_000,
    connectionName: 'bridgeplan-counters',
  });
  let warned = false;
  client.on('error', (error: Error) => {
    // One line per outage, not one per reconnect attempt.
    if (!warned) logger.warn('redis for shared limits not reachable; counting per instance meanwhile', errorFields(error));
    warned = true;
  });
  client.on('ready', () => {
    if (warned) logger.info('redis for shared limits is back');
    warned = false;
  });
  client.connect().catch(() => undefined);
  return client;
}
