/** `npm run import -- <file>`: restores a `GET /export/koers.json` backup into the configured database. */
import { ConfigError, loadConfig } from '../server/config';
import { connectDatabase } from '../server/db/database';
import { createModels } from '../server/db/models';
import { BackupFormatError, importBackup, readBackupFile } from '../server/domain/export/backup';
import { createLogger } from '../server/logger';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run import -- <koers-backup.json>');
  process.exit(2);
}

try {
  const text = await readBackupFile(file);
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await connectDatabase(config, logger);
  try {
    const report = await importBackup(createModels(database.connection), text);
    console.log(
      `Imported: ${Object.entries(report)
        .map(([name, count]) => `${count} ${name}`)
        .join(', ')}`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof BackupFormatError) {
    console.error(error.message);
    process.exit(1);
  }
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    console.error(`Cannot read ${file}: no such file.`);
    process.exit(1);
  }
  throw error;
}
