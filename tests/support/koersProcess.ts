import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Koers running as a child process (`server/index.ts`, as `npm start` runs it). */
export interface KoersChild {
  port: number;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `server/index.ts` on `databaseUri` (plus `env`); resolves once it listens. */
export async function startKoersChild(
  databaseUri: string,
  env: Record<string, string> = {},
): Promise<KoersChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
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
    kill: (signal) => {
      child.kill(signal);
      return exited;
    },
  };
}
