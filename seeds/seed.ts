import type { Models } from '../server/db/models';
import { syncIndexes } from '../server/db/models';
import { seedDemoAccounts } from './demoAccounts';
import { seedMunicipalities } from './municipalities';
import { seedRoadmaps } from './roadmaps';

/** What one seeding run wrote, for the log. */
export interface SeedReport {
  municipalities: number;
  demoAccounts: number;
  roadmaps: number;
}

/** Loads the real reference data and the demo data; idempotent, so it can run on every setup. */
export async function seedDatabase(models: Models): Promise<SeedReport> {
  await syncIndexes(models);
  const municipalities = await seedMunicipalities(models);
  const demoAccounts = await seedDemoAccounts(models);
  // Last: roadmap items link to standards seeded by the steps before.
  const roadmaps = await seedRoadmaps(models);
  return { municipalities, demoAccounts, roadmaps };
}
