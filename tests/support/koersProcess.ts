import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A Koers server running as its own process (`server/index.ts`, as `npm start` runs it). */
export interface KoersProcess {
  url: string;
  /** Sends `signal` and resolves with the exit code (null when a signal ended it). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** Starts `server/index.ts` in a child process with `env` and waits until it listens. */
export async function startKoersProcess(env: Record<string, string>): Promise<KoersProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; port?: number };
      if (entry.msg === 'Koers is listening' && entry.port) resolve(entry.port);
    });
    void exited.then((code) => reject(new Error(`server exited early with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
