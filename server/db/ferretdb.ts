import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Where `npm run setup` installs the embedded FerretDB build (git-ignored). */
export const FERRETDB_BINARY = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../.tools/bin/ferretdb',
);

/** A running embedded FerretDB process. */
export interface EmbeddedDatabase {
  /** `mongodb://127.0.0.1:<port>/`, without a database name. */
  uri: string;
  /** Stops FerretDB and waits until it has exited and released its files. */
  stop(): Promise<void>;
  /** Resolves when the process exits for any reason (crash included). */
  exited: Promise<number | null>;
}

/** Options for {@link startEmbeddedDatabase}. */
export interface EmbeddedDatabaseOptions {
  /** Directory holding the SQLite files; created when missing. */
  dataDir: string;
  /**
   * SQLite's `synchronous` setting (WAL either way): FULL syncs the log to disk at every commit;
   * NORMAL only at checkpoints, so a power cut or an operating-system crash can lose the last
   * commits (a crash of Koers or FerretDB cannot). See the README's performance section.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** Set: FerretDB keeps the data in this PostgreSQL database instead of SQLite files. */
  postgresqlUrl?: string;
  /** Loopback address; port 0 (the default) lets FerretDB pick a free port. */
  listenAddr?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

/** Thrown when the FerretDB binary is missing, with instructions for the user. */
export class MissingDatabaseBinaryError extends Error {
  constructor() {
    super(
      `The embedded database (FerretDB) is not installed at ${FERRETDB_BINARY}.\n` +
        'Run `npm run setup` (needs Go 1.24 or newer), or set MONGODB_URI to an existing MongoDB, ' +
        'for example MONGODB_URI=mongodb://localhost:27017/koers.',
    );
    this.name = 'MissingDatabaseBinaryError';
  }
}

/**
 * Starts FerretDB on SQLite files in `dataDir` and resolves once it prints its URI, which it does
 * only after its listener is bound, so the first connection cannot be refused.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  if (!existsSync(FERRETDB_BINARY)) throw new MissingDatabaseBinaryError();
  mkdirSync(options.dataDir, { recursive: true });

  const child = spawn(
    FERRETDB_BINARY,
    [
      `--listen-addr=${options.listenAddr ?? '127.0.0.1:0'}`,
      `--sqlite-url=file:${options.dataDir.replace(/\/?$/, '/')}?_pragma=synchronous(${(options.synchronous ?? 'FULL').toLowerCase()})`,
      ...(options.postgresqlUrl ? [`--postgresql-url=${options.postgresqlUrl}`] : []),
      `--log-level=${options.logLevel ?? 'warn'}`,
      // A parent killed with SIGKILL cannot stop its child; closing stdin tells FerretDB to go too.
      '--exit-on-stdin-close',
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Go collects garbage each time the heap doubles by default: under a burst of reports that
      // took a fifth of FerretDB's CPU. At 400 the heap may grow to five times what it holds (tens
      // of MB here) and collection runs a quarter as often. GOGC set by the operator wins.
      env: { GOGC: '400', ...process.env },
    },
  );

  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 50) stderr.shift();
  });

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const uri = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line.trim()));
    child.once('error', reject);
    void exited.then((code) =>
      reject(new Error(`FerretDB exited with code ${code} before it was ready:\n${stderr.join('')}`)),
    );
  });

  return { uri, exited, stop: () => stopProcess(child, exited) };
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
