import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** True when `taskset` can pin processes to cores on this machine. */
export const canPin = spawnSync('taskset', ['-p', String(process.pid)]).status === 0;

/** Pins this process (the load generator) to `core`, so servers on the other core are not disturbed. */
export function pinSelf(core: number): void {
  if (canPin) spawnSync('taskset', ['-cp', String(core), String(process.pid)]);
}

function pinned(core: number, command: string, args: string[]): [string, string[]] {
  return canPin ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

/** A server running as a child process. */
export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    // A server still holding sockets of an aborted phase may drain slowly; the bench must end.
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * Extra node flags for the Koers server, e.g. `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof"`
 * to profile it (NODE_OPTIONS refuses --cpu-prof).
 */
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/** Starts Koers (`server/index.ts`) on `core` against `mongoUri`, and waits until it listens. */
export async function startKoersProcess(mongoUri: string, core: number): Promise<ServerProcess> {
  const [command, args] = pinned(core, process.execPath, [
    ...serverNodeArgs,
    '--import',
    'tsx',
    'server/index.ts',
  ]);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      MONGODB_URI: mongoUri,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      SESSION_SECRET: 'b'.repeat(40),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number; level?: number };
        if (entry.msg === 'Koers is listening' && entry.port) resolve(entry.port);
        // The server's own errors explain a failed request; everything below is noise here.
        if ((entry.level ?? 0) >= 50) console.error(`server: ${line}`);
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`Koers exited with ${code}`)));
  });
  return { url: `127.0.0.1:${port}`, pid: child.pid!, stop: stopper(child) };
}

/** Starts the stock y-websocket server (y-websocket 1.5's bin/server.js, no auth, no persistence). */
export async function startStockYServer(core: number, port: number): Promise<ServerProcess> {
  const script = path.join(ROOT, 'node_modules/y-websocket-stock/bin/server.js');
  const [command, args] = pinned(core, process.execPath, [script]);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', () => resolve());
    child.once('exit', (code) => reject(new Error(`stock y-websocket server exited with ${code}`)));
  });
  return { url: `127.0.0.1:${port}`, pid: child.pid!, stop: stopper(child) };
}

/** Resident set size of a process in KiB, from /proc. */
export function rssKiB(pid: number): number {
  const status = spawnSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' }).stdout;
  const match = /VmRSS:\s+(\d+)/.exec(status);
  return match ? Number(match[1]) : Number.NaN;
}
