import type { Models } from '../server/db/models';
import { syncIndexes } from '../server/db/models';
import { seedAdoptions } from './adoptions';
import { seedCooperations } from './cooperations';
import { seedDemoAccounts } from './demoAccounts';
import { seedInitiatives } from './initiatives';
import { seedMergers } from './mergers';
import { seedMunicipalities } from './municipalities';
import { seedProgrammes } from './programmes';
import { seedStandards } from './standards';
import { seedKnowledgePage } from './knowledge';
import { seedPublication } from './publications';
import { seedRoadmaps } from './roadmaps';

/** What one seeding run wrote, for the log. */
export interface SeedReport {
  municipalities: number;
  /** Merger records (ended × receiving municipality) of 2018–2023. */
  mergers: number;
  cooperations: number;
  standards: number;
  programmes: number;
  obligations: number;
  /** Adoption facts from adoption-examples.json (municipality × standard, before dedupe). */
  realAdoptions: number;
  /** Generated demo adoption records. */
  demoAdoptions: number;
  subscriptions: number;
  demoAccounts: number;
  initiatives: number;
  roadmaps: number;
  /** The real knowledge page from the GGU facts. */
  knowledgePages: number;
  /** The demo roadmap published for the public. */
  publications: number;
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
  const mergers = await seedMergers(models);
  const cooperations = await seedCooperations(models);
  const standards = await seedStandards(models);
  // After the standards: obligations link to them.
  const programmes = await seedProgrammes(models);
  const adoptions = await seedAdoptions(models, { demo });
  const real = { municipalities, mergers, cooperations, standards, ...programmes, ...adoptions };
  const knowledgePages = await seedKnowledgePage(models);
  if (!demo)
    return { ...real, knowledgePages, demoAccounts: 0, initiatives: 0, roadmaps: 0, publications: 0 };
  const demoAccounts = await seedDemoAccounts(models);
  const initiatives = await seedInitiatives(models);
  // Last: roadmap items link to standards seeded by the steps before.
  const roadmaps = await seedRoadmaps(models);
  const publications = await seedPublication(models);
  return { ...real, knowledgePages, demoAccounts, initiatives, roadmaps, publications };
}
