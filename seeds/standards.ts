import { bulkWriteInBatches } from '../server/db/bulkWrite';
import type { Models } from '../server/db/models';
import type { StandardRecord } from '../server/db/models/Standard';
import { standardSearchText } from '../server/db/models/Standard';
import standards from './data/standards.json' with { type: 'json' };

/**
 * Upserts the 92 real standards (seeds/README.md) by slug; returns how many. Versions are written
 * only when the standard is new, so versions published in Koers since are never lost on re-seeding.
 */
export async function seedStandards(models: Models): Promise<number> {
  await bulkWriteInBatches<StandardRecord>(
    models.Standard,
    standards.map((s) => ({
      updateOne: {
        filter: { slug: s.slug },
        update: {
          $set: {
            name: s.name,
            category: s.category as StandardRecord['category'],
            summary: s.summary,
            lifecycle: s.lifecycle as StandardRecord['lifecycle'],
            owner: s.owner,
            url: s.url,
            complianceLevel: s.complianceLevel as StandardRecord['complianceLevel'],
            establishedOn: s.establishedOn,
            searchText: standardSearchText(s),
          },
          $setOnInsert: { versions: s.versions, complianceDeadline: null },
        },
        upsert: true,
      },
    })),
  );
  return standards.length;
}
