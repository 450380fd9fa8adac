import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { startKoers, type KoersServer, type StartOptions } from '../../server/app';
import { loadConfig } from '../../server/config';
import { createLogger } from '../../server/logger';

/** A database name no other test file uses, in this run's FerretDB. */
export function uniqueDatabaseUri(): string {
  return `${inject('mongoUri')}koers_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/**
 * Starts an in-process Koers server on a free port against its own fresh database; `options`
 * pass through to startKoers (e.g. a fixed clock `now`).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<KoersServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    MONGODB_URI: uniqueDatabaseUri(),
    ...env,
  });
  return startKoers(config, createLogger(config.logLevel), options);
}
