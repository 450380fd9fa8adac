import { startKoers } from './app';
import { ConfigError, loadConfig } from './config';
import { MissingDatabaseBinaryError } from './db/ferretdb';
import { createLogger } from './logger';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(config.logLevel);

/** Longer than any flush to a healthy database; shorter than a typical orchestrator's kill grace. */
const SHUTDOWN_DEADLINE_MS = 25_000;

try {
  const server = await startKoers(config, logger);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal is an operator who will not wait for a database that may never answer.
      logger.warn({ signal }, 'stopping without waiting for the remaining writes');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stored edits wait for the database; when it is down, give up after a bound, not never.
    setTimeout(() => {
      logger.error({ afterMs: SHUTDOWN_DEADLINE_MS }, 'shutdown did not finish; unstored edits are lost');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (error) {
  if (error instanceof MissingDatabaseBinaryError) {
    console.error(error.message);
    process.exit(1);
  }
  logger.fatal({ err: error }, 'Koers could not start');
  process.exit(1);
}
