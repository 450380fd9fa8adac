/**
 * `npm run mail:digest`: one run of the mail scheduler, as each server process does every
 * MAIL_TICK_SECONDS: deadline reminders due today, immediate messages, the digests of the last
 * complete day and week, then sending what is due. Safe next to running servers (the database's
 * unique keys and leases keep every message single), so cron may run it instead of (or besides)
 * the servers' own interval.
 */
import { ConfigError, loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/database';
import { createModels, syncIndexes } from '../server/db/models';
import { MailService } from '../server/domain/mail/scheduler';
import { createLogger } from '../server/logger';
import type { Runtime } from '../server/runtime';

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config, logger);
  try {
    const models = createModels(database.connection);
    await syncIndexes(models);
    const runtime = { config, logger, models, now: () => new Date() } as Runtime;
    runtime.mail = new MailService(runtime, models);
    const run = await runtime.mail.runOnce();
    await runtime.mail.close();
    logger.info(run, 'mail run finished');
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
}
