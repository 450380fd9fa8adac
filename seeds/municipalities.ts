import { bulkWriteInBatches } from '../server/db/bulkWrite';
import type { Models } from '../server/db/models';
import { municipalitySearchName } from '../server/db/models/Municipality';
import municipalities from './data/municipalities.json' with { type: 'json' };

/** Upserts the 342 municipalities of 2025 (CBS/PDOK, see seeds/README.md); returns how many. */
export async function seedMunicipalities(models: Models): Promise<number> {
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
          },
          $setOnInsert: { validFrom: '2025-01-01' },
        },
        upsert: true,
      },
    })),
  );
  return municipalities.length;
}
