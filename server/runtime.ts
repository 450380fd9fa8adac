import type { Connection } from 'mongoose';
import type { Config } from './config';
import type { Logger } from './logger';

/**
 * What a running Koers process holds for its lifetime and hands to request contexts, the realtime
 * server and jobs. Built once in `app.ts`.
 */
export interface Runtime {
  config: Config;
  logger: Logger;
  connection: Connection;
}
