import { bulkWriteInBatches } from '../server/db/bulkWrite';
import type { Models } from '../server/db/models';
import type { CooperationRecord } from '../server/db/models/Cooperation';
import cooperations from './data/cooperations.json' with { type: 'json' };

/**
 * The 14 real cooperations of samenwerkingsverbanden.csv with the members their sources name
 * (seeds/README.md); `memberListPartial` marks Dimpact, whose list is a partial one. Upserted by
 * name; returns how many.
 */
export async function seedCooperations(models: Models): Promise<number> {
  await bulkWriteInBatches<CooperationRecord>(
    models.Cooperation,
    cooperations.map((c) => ({
      updateOne: {
        filter: { name: c.name },
        update: {
          $set: {
            slug: c.slug,
            kind: c.kind,
            memberIds: [...new Set(c.members.map((m) => m.code))],
            members: c.members.map((m) => ({
              municipalityId: m.code,
              role: m.role,
              nameInSource: m.nameInSource,
            })),
            memberListPartial: c.memberListPartial,
            note: c.note,
            sources: c.sources,
          },
        },
        upsert: true,
      },
    })),
  );
  return cooperations.length;
}
