import pino from 'pino';
import type { Config } from './config';

/** The application logger type, so modules can take a child logger without importing pino. */
export type Logger = pino.Logger;

/**
 * Creates the root logger; structured JSON on stdout, as production log shippers expect.
 *
 * Written asynchronously: pino's default writes each line with a blocking `write(2)`, and when the
 * reader of stdout (a log shipper, the bench, a pipe) falls behind, the full pipe answers EAGAIN
 * and pino blocks the whole process for 100 ms before it tries again. In a profiled soak those
 * writes took a tenth of the server's busy time. Asynchronous, lines written while one write is
 * under way go out together in the next; pino flushes what is queued when the process exits. A
 * process killed outright (SIGKILL, power cut) may lose its last queued lines, never data.
 */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { service: 'koers' } }, pino.destination({ dest: 1, sync: false }));
}
