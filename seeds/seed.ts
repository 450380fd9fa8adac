import type { Models } from '../server/db/models';
import { syncIndexes } from '../server/db/models';
import { seedAdoptions } from './adoptions';
import { seedDemoAccounts } from './demoAccounts';
import { seedInitiatives } from './initiatives';
import { seedMunicipalities } from './municipalities';
import { seedStandards } from './standards';
import { seedRoadmaps } from './roadmaps';

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
  initiatives: number;
  roadmaps: number;
}

/** What to load besides the real reference data. */
export interface SeedOptions {
  /** Demo accounts (with the published password), taskforce, roadmaps, quick wins and figures. */
  demo: boolean;
}

/**
 * Loads the real reference data (municipalities, standards, documented adoption examples) and,
 * with `demo`, the demo data; idempotent, so it can run on every setup.
 */
export async function seedDatabase(
  models: Models,
  { demo }: SeedOptions = { demo: true },
): Promise<SeedReport> {
  await syncIndexes(models);
  const municipalities = await seedMunicipalities(models);
  const standards = await seedStandards(models);
  const adoptions = await seedAdoptions(models, { demo });
  if (!demo) return { municipalities, standards, ...adoptions, demoAccounts: 0, initiatives: 0, roadmaps: 0 };
  const demoAccounts = await seedDemoAccounts(models);
  const initiatives = await seedInitiatives(models);
  // Last: roadmap items link to standards seeded by the steps before.
  const roadmaps = await seedRoadmaps(models);
  return { municipalities, standards, ...adoptions, demoAccounts, initiatives, roadmaps };
}
