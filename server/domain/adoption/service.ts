import type { QueryFilter } from 'mongoose';
import { z } from 'zod';
import { cbsCode, isoDate, MAX_NOTE_LENGTH, objectId, optionalText } from '../../../common/validation';
import { recordAudit } from '../audit/record';
import { requireViewer } from '../../auth/guards';
import { ADOPTION_STATUSES, type AdoptionRecord, type AdoptionStatus } from '../../db/models/Adoption';
import { badUserInput, notFound } from '../../errors';
import { ADOPTION_CHANGED, type AdoptionChangedEvent } from '../../events/topics';
import type { RequestContext } from '../context';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { parseCbsCode, parseInput, parseObjectId } from '../validation';
import { assertCanUpdateAdoption } from './policy';
import { isDuplicateKey } from '../../db/duplicateKey';

const updateAdoptionInput = z
  .object({
    municipalityId: cbsCode,
    standardId: objectId,
    status: z.enum(ADOPTION_STATUSES),
    targetDate: isoDate.nullish().transform((v) => v ?? null),
    adoptedVersion: optionalText(50),
    note: optionalText(MAX_NOTE_LENGTH),
  })
  .superRefine((input, ctx) => {
    if (input.status === 'EXPLAINED' && !input.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'pas toe of leg uit: EXPLAINED needs an explanation',
      });
    }
  });

/** Input of `updateAdoption` as the client sends it. */
export interface UpdateAdoptionArgs {
  municipalityId: string;
  standardId: string;
  status: AdoptionStatus;
  targetDate?: string | null;
  adoptedVersion?: string | null;
  note?: string | null;
}

/**
 * Reports where a municipality stands on a standard: validate, authorize, write the record with a
 * new history entry (which also confirms it: needsReview clears), audit, publish `adoptionChanged`.
 */
export async function updateAdoption(ctx: RequestContext, args: UpdateAdoptionArgs) {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(updateAdoptionInput, args);
  assertCanUpdateAdoption(viewer, input.municipalityId);
  const { models, pubsub } = ctx.runtime;
  const [municipality, standard] = await Promise.all([
    ctx.loaders.municipalityById.load(input.municipalityId),
    ctx.loaders.standardById.load(input.standardId),
  ]);
  if (!municipality) throw notFound('Gemeente');
  if (!standard) throw notFound('Standaard');
  if (municipality.validUntil) {
    throw badUserInput(
      'municipalityId',
      'this municipality has ended; its history stays readable but takes no new reports',
    );
  }

  const at = ctx.runtime.now();
  const state = {
    status: input.status,
    targetDate: input.targetDate,
    adoptedVersion: input.adoptedVersion,
    note: input.note,
  };
  const cell = { municipalityId: municipality._id, standardId: standard._id };
  const { before, adoption } = await ctx.runtime.adoptionWrites.run(
    `${municipality._id}:${String(standard._id)}`,
    async () => {
      // The read model knows the record's _id, and FerretDB pushes down only `{ _id }` filters: the
      // write and the re-read then touch one record instead of scanning every adoption.
      const knownId = (await ctx.loaders.adoptionCells())
        .get(String(standard._id))
        ?.get(municipality._id)?.id;
      const writeCell = () =>
        models.Adoption.findOneAndUpdate(
          knownId ? { _id: knownId } : cell,
          {
            $set: {
              ...state,
              needsReview: false,
              reviewVersion: null,
              updatedByUserId: viewer.id,
              demo: false,
            },
            // Only with an `_id` filter: the fields filter already puts these on an inserted record.
            ...(knownId ? { $setOnInsert: cell } : {}),
            $push: { history: { ...state, at, byUserId: viewer.id } },
          },
          { upsert: true, returnDocument: 'before' },
        );
      let write = writeCell();
      let before: AdoptionRecord | null;
      try {
        before = await write.lean<AdoptionRecord | null>().exec();
      } catch (error) {
        // Two first reports on one cell race to insert it; the loser's retry finds it and updates it.
        if (!isDuplicateKey(error)) throw error;
        write = writeCell();
        before = await write.lean<AdoptionRecord | null>().exec();
      }
      // Noted at once, before anything else can read the bumped version: the read model then patches
      // this write in instead of rescanning (a new record's _id is learnt on the next rescan).
      ctx.runtime.adoptionStatuses.noteWrite(
        write,
        { standardId: String(standard._id), municipalityId: municipality._id },
        { ...(knownId ? { id: knownId } : {}), status: input.status, needsReview: false },
      );
      const adoption = await (knownId ? models.Adoption.findById(knownId) : models.Adoption.findOne(cell))
        .lean<AdoptionRecord>()
        .exec();
      return { before, adoption };
    },
  );
  if (!adoption) throw notFound('Adoptie');

  await recordAudit(models, {
    actorId: viewer.id,
    action: 'adoption:update',
    subjectType: 'Adoption',
    subjectId: String(adoption._id),
    before: before
      ? {
          status: before.status,
          targetDate: before.targetDate,
          adoptedVersion: before.adoptedVersion,
          note: before.note,
        }
      : null,
    after: { municipalityId: municipality._id, standardId: String(standard._id), ...state },
    at,
  });
  pubsub.publish(ADOPTION_CHANGED, {
    adoptionId: String(adoption._id),
    municipalityId: municipality._id,
    standardId: String(standard._id),
  } satisfies AdoptionChangedEvent);
  return { adoption };
}

/** Arguments of the `adoptions` query. */
export interface AdoptionListArgs extends PageArgs {
  municipalityId?: string | null;
  standardId?: string | null;
  status?: AdoptionStatus | null;
}

/** A page of adoption records, filtered; public like the catalogue. */
export function listAdoptions(ctx: RequestContext, args: AdoptionListArgs) {
  const filter: QueryFilter<AdoptionRecord> = {};
  if (args.municipalityId) filter.municipalityId = parseCbsCode('municipalityId', args.municipalityId);
  if (args.standardId) filter.standardId = parseObjectId('standardId', args.standardId);
  if (args.status) filter.status = args.status;
  return pageOfQuery(ctx.runtime.models.Adoption, filter, { municipalityId: 1, _id: 1 }, args);
}
