import pino from 'pino';
import type { Config } from './config';

/** The application logger type, so modules can take a child logger without importing pino. */
export type Logger = pino.Logger;

type Destination = ReturnType<typeof pino.destination>;

/** Every batching stream made, for the one exit hook (weakly: a closed test server's may go). */
const streams = new Set<WeakRef<LinesPerTurn>>();
/** pino flushes its destination when the process exits; the lines of the last turn go first. */
const flushAllOnExit = () => {
  for (const stream of streams) stream.deref()?.flushSync();
};

/**
 * Hands the lines logged in one turn of the event loop to `out` as one write. Under load a turn
 * finishes many requests, and each line's own write cost more than the line (a twentieth of the
 * server's CPU under the bench's mix, profiled); when idle, a line goes out in the same turn.
 */
export class LinesPerTurn {
  private pending: string[] = [];

  constructor(private readonly out: Destination) {
    if (streams.size === 0) process.on('exit', flushAllOnExit);
    streams.add(new WeakRef(this));
  }

  write(line: string): boolean {
    if (this.pending.push(line) === 1) setImmediate(this.release);
    return true;
  }

  flushSync(): void {
    this.release();
    this.out.flushSync();
  }

  flush(callback?: (error?: Error) => void): void {
    this.release();
    this.out.flush(callback);
  }

  private readonly release = (): void => {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    this.out.write(lines.join(''));
  };
}

/**
 * Creates the root logger; structured JSON on stdout, as production log shippers expect.
 *
 * Written asynchronously: pino's default writes each line with a blocking `write(2)`, and when the
 * reader of stdout (a log shipper, the bench, a pipe) falls behind, the full pipe answers EAGAIN
 * and pino blocks the whole process for 100 ms before it tries again. In a profiled soak those
 * writes took a tenth of the server's busy time. Asynchronous, lines written while one write is
 * under way go out together in the next, and the lines of one turn of the event loop in one
 * write; what is queued is flushed when the process exits. A process killed outright (SIGKILL,
 * power cut) may lose its last queued lines, never data.
 */
export function createLogger(level: Config['logLevel']): Logger {
  return pino(
    { level, base: { service: 'koers' } },
    new LinesPerTurn(pino.destination({ dest: 1, sync: false })),
  );
}
