/**
 * `npm run db`: runs only the embedded FerretDB and prints its URI on a line of its own, so several
 * Koers processes (MONGODB_URI=<that uri>koers) can share one database.
 */
import { ConfigError, loadConfig } from '../config';
import { MissingDatabaseBinaryError, startEmbeddedDatabase } from './ferretdb';

try {
  const config = loadConfig();
  const db = await startEmbeddedDatabase({
    dataDir: config.dataDir,
    synchronous: config.sqliteSynchronous,
    postgresqlUrl: config.ferretdbPostgresqlUrl,
  });
  console.log(db.uri);
  console.error(`FerretDB serves ${config.dataDir}; stop with Ctrl+C.`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await db.exited;
  process.exit(code ?? 1);
} catch (error) {
  if (error instanceof ConfigError || error instanceof MissingDatabaseBinaryError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
