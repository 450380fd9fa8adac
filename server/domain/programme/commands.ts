import { Types } from 'mongoose';
import { z } from 'zod';
import { cbsCode, isoDate, MAX_REASON_LENGTH, objectId, text } from '../../../common/validation';
import { COMPLIANCE_LEVELS } from '../../db/models/Standard';
import { OBLIGATION_SCOPES, type ObligationRecord } from '../../db/models/Obligation';
import { badUserInput, notFound } from '../../errors';
import { assertCan } from '../../auth/can';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';
import { programmeLoaders } from './requestLoaders';

const changeDeadlineInput = z.object({
  obligationId: objectId,
  newDeadline: isoDate.nullish().transform((v) => v ?? null),
  reason: text(MAX_REASON_LENGTH).min(1, 'must not be empty'),
  decidedBy: text(200).min(1, 'must not be empty'),
});

/** Input of `changeObligationDeadline`. */
export type ChangeDeadlineArgs = z.input<typeof changeDeadlineInput>;

/**
 * Moves an obligation's deadline and keeps the change (old, new, reason, who decided, who recorded
 * it) for good: the drift is the point. Managers and admins; audited.
 */
export async function changeObligationDeadline(ctx: RequestContext, args: ChangeDeadlineArgs) {
  const viewer = assertCan(ctx.viewer, 'programme:manage');
  const input = parseInput(changeDeadlineInput, args);
  const { models } = ctx.runtime;
  const before = await models.Obligation.findById(input.obligationId).lean<ObligationRecord>().exec();
  if (!before) throw notFound('Obligation');
  if ((before.deadline ?? null) === input.newDeadline) {
    throw badUserInput('newDeadline', 'is the current deadline');
  }
  const at = ctx.runtime.now();
  const change = {
    at,
    oldDeadline: before.deadline ?? null,
    newDeadline: input.newDeadline,
    reason: input.reason,
    decidedBy: input.decidedBy,
    byUserId: new Types.ObjectId(viewer.id),
  };
  const after = await models.Obligation.findByIdAndUpdate(
    before._id,
    { $set: { deadline: input.newDeadline }, $push: { deadlineChanges: change } },
    { returnDocument: 'after' },
  )
    .lean<ObligationRecord>()
    .exec();
  if (!after) throw notFound('Obligation');
  await recordChange(ctx, viewer, {
    action: 'obligation:deadline',
    subjectType: 'Obligation',
    subjectId: String(after._id),
    before: { deadline: before.deadline ?? null },
    after: { deadline: input.newDeadline, reason: input.reason, decidedBy: input.decidedBy },
  });
  return after;
}

const createObligationInput = z
  .object({
    programmeId: objectId,
    standardId: objectId,
    bindingLevel: z.enum(COMPLIANCE_LEVELS),
    deadline: isoDate.nullish().transform((v) => v ?? null),
    scope: z.enum(OBLIGATION_SCOPES),
    municipalityIds: z.array(cbsCode).max(400).nullish(),
    cooperationId: objectId.nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.scope === 'LIST' && !input.municipalityIds?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['municipalityIds'],
        message: 'a LIST obligation needs municipalities',
      });
    }
    if (input.scope === 'COOPERATION' && !input.cooperationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['cooperationId'],
        message: 'a COOPERATION obligation needs a cooperation',
      });
    }
  });

/** Input of `createObligation`. */
export type CreateObligationArgs = z.input<typeof createObligationInput>;

/** Adds an obligation to a programme (managers, admins): a standard, a binding level, a deadline, a scope. */
export async function createObligation(ctx: RequestContext, args: CreateObligationArgs) {
  const viewer = assertCan(ctx.viewer, 'programme:manage');
  const input = parseInput(createObligationInput, args);
  const { models } = ctx.runtime;
  const loaders = programmeLoaders(ctx);
  const [programme, standard, cooperation] = await Promise.all([
    loaders.programmeById.load(input.programmeId),
    ctx.loaders.standardById.load(input.standardId),
    input.cooperationId ? ctx.loaders.cooperationById.load(input.cooperationId) : null,
  ]);
  if (!programme) throw notFound('Programme');
  if (!standard) throw notFound('Standard');
  if (input.scope === 'COOPERATION' && !cooperation) throw notFound('Cooperation');
  const municipalityIds = input.scope === 'LIST' ? [...new Set(input.municipalityIds)] : [];
  if (municipalityIds.length > 0) {
    const found = await models.Municipality.countDocuments({ _id: { $in: municipalityIds } });
    if (found !== municipalityIds.length)
      throw badUserInput('municipalityIds', 'names an unknown municipality');
  }
  const position = await models.Obligation.countDocuments({ programmeId: programme._id });
  const created = await models.Obligation.create({
    programmeId: programme._id,
    key: `${programme.slug}-${new Types.ObjectId().toHexString()}`,
    subject: standard.name,
    standardId: standard._id,
    bindingLevel: input.bindingLevel,
    deadline: input.deadline,
    scope: input.scope,
    municipalityIds,
    cooperationId: input.scope === 'COOPERATION' ? cooperation!._id : null,
    position,
  });
  const obligation = created.toObject() as ObligationRecord;
  await recordChange(ctx, viewer, {
    action: 'obligation:create',
    subjectType: 'Obligation',
    subjectId: String(obligation._id),
    before: null,
    after: { ...input, programme: programme.slug },
  });
  return obligation;
}
