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
          // No co-edited description exists yet, so its projected text is empty: set here, a fresh
          // install's first start does not backfill (read, write, bump) all 129 standards.
          $setOnInsert: { versions: s.versions, complianceDeadline: null, descriptionText: '' },
        },
        upsert: true,
      },
    })),
  );
  return standards.length;
}
