import type { QueryFilter } from 'mongoose';
import { z } from 'zod';
import { cbsCode, isoDate, MAX_NOTE_LENGTH, objectId, optionalText } from '../../../common/validation';
import { assertCan, assertCanReadPublic } from '../../auth/can';
import { requireViewer } from '../../auth/guards';
import {
  ADOPTION_STATUSES,
  type AdoptionCurrent,
  type AdoptionRecord,
  type AdoptionStatus,
} from '../../db/models/Adoption';
import type { HistorySource } from '../../db/stores/adoptionHistory';
import { badUserInput, notFound } from '../../errors';
import { ADOPTION_CHANGED } from '../../events/topics';
import { reportingCooperation } from '../cooperation/service';
import { closeReviewTask } from '../review/service';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { parseCbsCode, parseInput, parseObjectId } from '../validation';
import { assertReportAllowed, reportProblem } from '../programme/policy';
import { mandatoryObligation } from '../programme/queries';

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
  requireViewer(ctx.viewer);
  const input = parseInput(updateAdoptionInput, args);
  const viewer = assertCan(ctx.viewer, 'adoption:update', { municipalityId: input.municipalityId });
  const [municipality, standard] = await Promise.all([
    ctx.loaders.municipalityById.load(input.municipalityId),
    ctx.loaders.standardById.load(input.standardId),
  ]);
  if (!municipality) throw notFound('Municipality');
  if (!standard) throw notFound('Standard');
  if (municipality.validUntil) {
    throw badUserInput(
      'municipalityId',
      'this municipality has ended; its history stays readable but takes no new reports',
    );
  }
  const mandatory =
    input.status === 'EXPLAINED'
      ? await mandatoryObligation(ctx, municipality._id, String(standard._id))
      : undefined;
  assertReportAllowed(reportProblem(input, mandatory?.obligation, mandatory?.programmeName));

  const at = ctx.runtime.now();
  const state = {
    status: input.status,
    targetDate: input.targetDate,
    adoptedVersion: input.adoptedVersion,
    note: input.note,
    // A cooperation's editor reporting for a member: the record shows on whose behalf.
    cooperationId: reportingCooperation(viewer, municipality._id),
  };
  const {
    before,
    after: adoption,
    filed,
  } = await ctx.runtime.adoptions.report(
    { municipalityId: municipality._id, standardId: standard._id },
    state,
    { userId: viewer.id, at },
    await ctx.loaders.adoptionCells(),
  );
  // A report answers any open review request for this cell.
  const closed = closeReviewTask(ctx, municipality._id, standard._id, { userId: viewer.id, at }, 'UPDATED');

  await recordChange(ctx, viewer, {
    alongside: [filed, closed],
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
    events: [
      {
        topic: ADOPTION_CHANGED,
        payload: {
          adoptionId: String(adoption._id),
          municipalityId: municipality._id,
          standardId: String(standard._id),
        },
      },
    ],
  });
  return { adoption };
}

/**
 * The whole history of an adoption, oldest first. A record written or read without its kept
 * entries (the answer of a report, a live event) reads them first.
 */
export async function adoptionHistory(ctx: RequestContext, adoption: AdoptionCurrent) {
  const source = adoption.history
    ? adoption
    : await ctx.runtime.models.Adoption.findById(adoption._id, { history: 1, historyLength: 1, lastEntry: 1 })
        .lean<HistorySource>()
        .exec();
  return source ? ctx.runtime.adoptions.history.entriesOf(source) : [];
}

/** Arguments of the `adoptions` query. */
export interface AdoptionListArgs extends PageArgs {
  municipalityId?: string | null;
  standardId?: string | null;
  status?: AdoptionStatus | null;
}

/** A page of adoption records, filtered; public like the catalogue. */
export function listAdoptions(ctx: RequestContext, args: AdoptionListArgs) {
  assertCanReadPublic(ctx.viewer, 'adoption:read');
  const filter: QueryFilter<AdoptionRecord> = {};
  if (args.municipalityId) filter.municipalityId = parseCbsCode('municipalityId', args.municipalityId);
  if (args.standardId) filter.standardId = parseObjectId('standardId', args.standardId);
  if (args.status) filter.status = args.status;
  return pageOfQuery(ctx.runtime.models.Adoption, filter, { municipalityId: 1, _id: 1 }, args);
}
