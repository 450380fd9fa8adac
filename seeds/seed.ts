import type { Models } from '../server/db/models';
import { syncIndexes } from '../server/db/models';
import { seedAdoptions } from './adoptions';
import { seedDemoAccounts } from './demoAccounts';
import { seedMunicipalities } from './municipalities';
import { seedStandards } from './standards';

/** What one seeding run wrote, for the log. */
export interface SeedReport {
  municipalities: number;
  standards: number;
  /** Adoption facts from adoption-examples.json (municipality × standard, before dedupe). */
  realAdoptions: number;
  /** Generated demo adoption records. */
  demoAdoptions: number;
  subscriptions: number;
  demoAccounts: number;
}

/** Loads the real reference data and the demo data; idempotent, so it can run on every setup. */
export async function seedDatabase(models: Models): Promise<SeedReport> {
  await syncIndexes(models);
  const municipalities = await seedMunicipalities(models);
  const standards = await seedStandards(models);
  const adoptions = await seedAdoptions(models);
  const demoAccounts = await seedDemoAccounts(models);
  return { municipalities, standards, ...adoptions, demoAccounts };
}
