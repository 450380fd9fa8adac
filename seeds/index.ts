/**
 * `npm run seed`: loads the real reference data (municipalities, standards, documented adoption
 * examples) into the configured database, plus the demo data (accounts with the published demo
 * password, taskforce, roadmaps, quick wins, generated figures) outside production. In production
 * demo data is loaded only with `--demo`; the first admin comes from `npm run admin:create`.
 */
import { ConfigError, loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/database';
import { createModels } from '../server/db/models';
import { createLogger } from '../server/logger';
import { seedDatabase } from './seed';

try {
  const config = loadConfig();
  const production = config.nodeEnv === 'production';
  const demo = !production || process.argv.includes('--demo');
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await connectDatabase(config, logger);
  try {
    const report = await seedDatabase(createModels(database.connection), { demo });
    console.log(
      `Seeded: ${Object.entries(report)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    if (!demo) {
      console.log('Production: no demo accounts or figures (add --demo to load them on purpose).');
      console.log(
        'Create the first administrator with: npm run admin:create -- --email <address> --name <name>',
      );
    } else if (production) {
      console.warn('Warning: demo accounts with the published password koers-demo exist in this database.');
    }
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
