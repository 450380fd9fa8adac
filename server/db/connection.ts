import mongoose, { type Connection } from 'mongoose';

/** How long a health probe waits for the database before calling it down. */
const PING_TIMEOUT_MS = 1500;

/** Connections to FerretDB rather than MongoDB (its `buildInfo` says so). */
const ferretdbConnections = new WeakSet<Connection>();

/** True when `connection` (opened by {@link openDatabase}) talks to FerretDB. */
export function isFerretDB(connection: Connection): boolean {
  return ferretdbConnections.has(connection);
}

/**
 * Opens a dedicated mongoose connection. Koers never uses mongoose's global default connection,
 * so tests can run several servers against separate databases in one process.
 */
export async function openDatabase(uri: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    // Fail fast while the database is down instead of queueing requests for 30 s, and notice
    // an outage (and the recovery) within seconds.
    serverSelectionTimeoutMS: 3000,
    heartbeatFrequencyMS: 2000,
    bufferCommands: false,
    // FerretDB 1.x has no retryable-writes support; MongoDB works either way.
    retryWrites: false,
    // Lets tests count the commands behind one request (`commandStarted` on the client).
    monitorCommands: true,
  });
  await connection.asPromise();
  const build = await connection.db?.admin().command({ buildInfo: 1 });
  if (build?.ferretdbVersion) ferretdbConnections.add(connection);
  return connection;
}

/** True when the database answers a ping within {@link PING_TIMEOUT_MS}. */
export async function pingDatabase(connection: Connection): Promise<boolean> {
  const db = connection.db;
  if (!db) return false;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    });
    const ping = db.command({ ping: 1 }).then(
      (reply) => reply.ok === 1,
      () => false,
    );
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The database name inside a URI, or `fallback` when the URI names none. */
export function databaseNameFromUri(uri: string, fallback: string): string {
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(uri);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}
