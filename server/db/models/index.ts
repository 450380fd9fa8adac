import type { Connection } from 'mongoose';
import { municipalityModel } from './Municipality';

/** Every model of Koers, bound to one connection. */
export function createModels(connection: Connection) {
  return {
    Municipality: municipalityModel(connection),
  };
}

/** The models of one connection; held by the runtime. */
export type Models = ReturnType<typeof createModels>;

/** Creates the indexes of every model; safe to run on every start and after seeding. */
export async function syncIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models)) await model.createIndexes();
}
