import type { Connection } from 'mongoose';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { databaseNameFromUri, openDatabase } from './connection';
import { startEmbeddedDatabase } from './ferretdb';

/** An open database connection and how to let go of it. */
export interface Database {
  connection: Connection;
  /** Closes the connection and, when Koers started it, the embedded FerretDB. */
  close(): Promise<void>;
}

/** Connects to MONGODB_URI, or starts the embedded FerretDB under DATA_DIR when it is unset. */
export async function connectDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.mongodbUri) {
    const connection = await openDatabase(config.mongodbUri, databaseNameFromUri(config.mongodbUri, 'koers'));
    logger.info({ db: connection.name }, 'connected to MongoDB');
    return { connection, close: () => connection.close() };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    synchronous: config.sqliteSynchronous,
    postgresqlUrl: config.ferretdbPostgresqlUrl,
  });
  logger.info({ dataDir: config.dataDir, uri: embedded.uri }, 'started embedded FerretDB');
  try {
    const connection = await openDatabase(embedded.uri, 'koers');
    return {
      connection,
      close: async () => {
        await connection.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
