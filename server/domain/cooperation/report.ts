import { z } from 'zod';
import { cbsCode, isoDate, MAX_NOTE_LENGTH, objectId, optionalText } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { requireViewer } from '../../auth/guards';
import { ADOPTION_STATUSES, type AdoptionCurrent } from '../../db/models/Adoption';
import type { MunicipalityRecord } from '../../db/models/Municipality';
import { closeReviewTask } from '../review/service';
import { badUserInput, notFound } from '../../errors';
import { ADOPTION_CHANGED } from '../../events/topics';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';

const reportInput = z
  .object({
    cooperationId: objectId,
    municipalityId: cbsCode.nullish(),
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

/**
 * A cooperation's editor reports for one member or for every current member at once. Every member
 * reported for must be one the viewer may report for (`adoption:update`), else nothing is written;
 * each record and history entry remembers the cooperation, and each closes its open review task.
 */
export async function reportAdoptionForCooperation(ctx: RequestContext, args: z.input<typeof reportInput>) {
  requireViewer(ctx.viewer);
  const input = parseInput(reportInput, args);
  const cooperation = await ctx.loaders.cooperationById.load(input.cooperationId);
  if (!cooperation) throw notFound('Cooperation');
  const standard = await ctx.loaders.standardById.load(input.standardId);
  if (!standard) throw notFound('Standard');
  if (input.municipalityId && !cooperation.memberIds.includes(input.municipalityId)) {
    throw badUserInput('municipalityId', 'is not a member of this cooperation');
  }
  const municipalities = (
    await ctx.loaders.municipalityById.loadMany(
      input.municipalityId ? [input.municipalityId] : cooperation.memberIds,
    )
  ).filter((m): m is MunicipalityRecord => Boolean(m) && !(m instanceof Error));
  // Ended municipalities take no new reports; "all members" means the current ones.
  const targets = municipalities.filter((m) => !m.validUntil);
  if (targets.length === 0) throw badUserInput('municipalityId', 'no current member to report for');
  let viewer = requireViewer(ctx.viewer);
  for (const municipality of targets)
    viewer = assertCan(ctx.viewer, 'adoption:update', { municipalityId: municipality._id });

  const at = ctx.runtime.now();
  const cooperationId = String(cooperation._id);
  const state = {
    status: input.status,
    targetDate: input.targetDate,
    adoptedVersion: input.adoptedVersion,
    note: input.note,
    cooperationId,
  };
  const known = await ctx.loaders.adoptionCells();
  const adoptions: AdoptionCurrent[] = [];
  for (const municipality of targets) {
    const { before, after, filed } = await ctx.runtime.adoptions.report(
      { municipalityId: municipality._id, standardId: standard._id },
      state,
      { userId: viewer.id, at },
      known,
    );
    adoptions.push(after);
    await recordChange(ctx, viewer, {
      alongside: [
        filed,
        closeReviewTask(ctx, municipality._id, standard._id, { userId: viewer.id, at }, 'UPDATED'),
      ],
      action: 'adoption:update',
      subjectType: 'Adoption',
      subjectId: String(after._id),
      before: before ? { status: before.status, note: before.note } : null,
      after: { municipalityId: municipality._id, standardId: String(standard._id), ...state },
      events: [
        {
          topic: ADOPTION_CHANGED,
          payload: {
            adoptionId: String(after._id),
            municipalityId: municipality._id,
            standardId: String(standard._id),
          },
        },
      ],
    });
  }
  return { adoptions };
}
