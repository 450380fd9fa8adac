import { bulkWriteInBatches } from '../server/db/bulkWrite';
import type { Models } from '../server/db/models';
import { municipalitySearchName } from '../server/db/models/Municipality';
import municipalities from './data/municipalities.json' with { type: 'json' };
import population from './data/population-2024.json' with { type: 'json' };

/** CBS 85984NED counts the population on this date (seeds/README.md). */
const POPULATION_DATE = '2024-01-01';

/** Upserts the 342 municipalities of 2025 (CBS/PDOK) with their population (CBS); returns how many. */
export async function seedMunicipalities(models: Models): Promise<number> {
  const inhabitants = new Map(population.map((p) => [p.code, p.population]));
  await bulkWriteInBatches(
    models.Municipality,
    municipalities.map((m) => ({
      updateOne: {
        filter: { _id: m.code },
        update: {
          $set: {
            cbsNumber: m.cbsNumber,
            name: m.name,
            officialName: m.officialName,
            provinceCode: m.provinceCode,
            province: m.province,
            lat: m.lat,
            lon: m.lon,
            searchName: municipalitySearchName(m.name),
            population: inhabitants.get(m.code) ?? null,
            populationDate: inhabitants.has(m.code) ? POPULATION_DATE : null,
          },
          $setOnInsert: { validFrom: '2025-01-01' },
        },
        upsert: true,
      },
    })),
  );
  return municipalities.length;
}
