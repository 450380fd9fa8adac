import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '../..');

/** The compiled server (`npm run build`), as `npm start` and the container run it. */
export const COMPILED_SERVER = path.join(root, 'dist/server/index.js');

/** Koers running as a child process. */
export interface KoersChild {
  port: number;
  pid: number;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts Koers on `databaseUri` (plus `env`) and resolves once it listens: the sources through tsx
 * (`source`, what tests of the code use) or the compiled server (`compiled`, what production runs).
 */
export async function startKoersChild(
  databaseUri: string,
  env: Record<string, string> = {},
  entry: 'source' | 'compiled' = 'source',
): Promise<KoersChild> {
  if (entry === 'compiled' && !existsSync(COMPILED_SERVER)) {
    throw new Error(`${path.relative(root, COMPILED_SERVER)} is missing: run \`npm run build\` first.`);
  }
  // A build older than the sources runs yesterday's code against today's data (seen: snapshots
  // stored in a newer format read as garbage), which fails far from the cause.
  if (entry === 'compiled' && newestSourceMs() > statSync(COMPILED_SERVER).mtimeMs) {
    throw new Error(
      `${path.relative(root, COMPILED_SERVER)} is older than the sources: run \`npm run build\`.`,
    );
  }
  const args = entry === 'compiled' ? [COMPILED_SERVER] : ['--import', 'tsx', 'server/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', MONGODB_URI: databaseUri, LOG_LEVEL: 'info', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; port?: number };
      if (entry.msg === 'Koers is listening' && entry.port) resolve(entry.port);
    });
    void exited.then((code) => reject(new Error(`server exited early with ${String(code)}`)));
  });
  return {
    port,
    pid: child.pid as number,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** When a file of the server's sources (`server/`, `common/`) last changed. */
function newestSourceMs(): number {
  let newest = 0;
  for (const folder of ['server', 'common']) {
    for (const file of readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })) {
      newest = Math.max(newest, statSync(path.join(root, folder, file)).mtimeMs);
    }
  }
  return newest;
}
