import type { Types } from 'mongoose';
import { bulkWriteInBatches } from '../server/db/bulkWrite';
import type { Models } from '../server/db/models';
import type { ObligationRecord } from '../server/db/models/Obligation';
import programmes from './data/programmes.json' with { type: 'json' };

/** What {@link seedProgrammes} wrote. */
export interface ProgrammeSeedReport {
  programmes: number;
  obligations: number;
}

/**
 * Upserts the five real programmes of programmes.json (seeds/README.md) by slug, and their
 * obligations by key. Facts and sources are refreshed; a deadline, and every deadline change, is
 * written only when the obligation is new, so deadlines moved in Koers survive re-seeding.
 */
export async function seedProgrammes(models: Models): Promise<ProgrammeSeedReport> {
  const standards = await models.Standard.find({}, { slug: 1 }).lean().exec();
  const standardId = new Map(standards.map((s) => [s.slug, s._id]));
  const idOf = (slug: string | null): Types.ObjectId | null => {
    if (!slug) return null;
    const id = standardId.get(slug);
    if (!id) throw new Error(`programmes.json names unknown standard "${slug}"`);
    return id;
  };
  let obligations = 0;
  for (const [position, p] of programmes.entries()) {
    const programme = await models.Programme.findOneAndUpdate(
      { slug: p.slug },
      {
        $set: {
          name: p.name,
          owner: p.owner,
          description: p.description,
          periodFrom: p.periodFrom,
          periodTo: p.periodTo,
          periodNote: p.periodNote,
          sourceNote: p.sourceNote,
          facts: p.facts,
          items: p.items.map((item) => ({ ...item, standardId: idOf(item.standardSlug) })),
          position,
        },
      },
      { upsert: true, returnDocument: 'after' },
    )
      .lean()
      .exec();
    await bulkWriteInBatches<ObligationRecord>(
      models.Obligation,
      p.obligations.map((o, index) => ({
        updateOne: {
          filter: { key: o.key },
          update: {
            $set: {
              programmeId: programme._id,
              subject: o.subject,
              standardId: idOf(o.standardSlug),
              bindingLevel: o.bindingLevel as ObligationRecord['bindingLevel'],
              adoptedOn: 'adoptedOn' in o ? (o.adoptedOn ?? null) : null,
              scope: 'ALL' as const,
              source: o.source,
              position: index,
            },
            $setOnInsert: {
              deadline: o.deadline,
              deadlineChanges: [],
              municipalityIds: [],
              cooperationId: null,
            },
          },
          upsert: true,
        },
      })),
    );
    obligations += p.obligations.length;
  }
  return { programmes: programmes.length, obligations };
}
