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

try {
  const server = await startKoers(config, logger);
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
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
