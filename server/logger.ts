import pino from 'pino';
import type { Config } from './config';

/** The application logger type, so modules can take a child logger without importing pino. */
export type Logger = pino.Logger;

/** Creates the root logger; structured JSON on stdout, as production log shippers expect. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { service: 'koers' } });
}
