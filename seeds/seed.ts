import type { Models } from '../server/db/models';
import { syncIndexes } from '../server/db/models';
import { seedDemoAccounts } from './demoAccounts';
import { seedInitiatives } from './initiatives';
import { seedMunicipalities } from './municipalities';

/** What one seeding run wrote, for the log. */
export interface SeedReport {
  municipalities: number;
  demoAccounts: number;
  initiatives: number;
}

/** Loads the real reference data and the demo data; idempotent, so it can run on every setup. */
export async function seedDatabase(models: Models): Promise<SeedReport> {
  await syncIndexes(models);
  const municipalities = await seedMunicipalities(models);
  const demoAccounts = await seedDemoAccounts(models);
  const initiatives = await seedInitiatives(models);
  return { municipalities, demoAccounts, initiatives };
}
