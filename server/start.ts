import { loadConfig, ConfigError } from './config';
import { createLogger, errorFields } from './logger';
import { startServer } from './main';
import { buildClientIfStale } from './buildClient';

/** `npm start`: read the environment, build the client if its sources changed, serve. */
async function run(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (process.env.SKIP_CLIENT_BUILD !== '1') await buildClientIfStale(logger.child('build'));
  const server = await startServer(config, { logger });

  // Last-resort guards: log and keep serving every other room rather than dying on one bug.
  process.on('uncaughtException', (error) => logger.error('uncaught exception', errorFields(error)));
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', errorFields(reason)));

  const shutdown = (signal: string) => {
    logger.info('signal received', { signal });
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

run().catch((error: unknown) => {
  process.stderr.write(`Bridgeplan could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
