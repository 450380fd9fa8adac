/** `npm run seed`: loads real municipalities and standards plus the demo data into the configured database. */
import { ConfigError, loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/database';
import { createModels } from '../server/db/models';
import { createLogger } from '../server/logger';
import { seedDatabase } from './seed';

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await connectDatabase(config, logger);
  try {
    const report = await seedDatabase(createModels(database.connection));
    console.log(
      `Seeded: ${Object.entries(report)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
