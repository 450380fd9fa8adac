import { z } from 'zod';
import { lifecycleMove, LIFECYCLES } from '../../../common/standards';
import { MAX_REASON_LENGTH, objectId, optionalText } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import type { StandardRecord } from '../../db/models/Standard';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { searchIndexChanged } from '../search/events';
import { parseInput } from '../validation';
import { mailLifecycle } from '../mail/standardMail';

const lifecycleInput = z.object({
  standardId: objectId,
  lifecycle: z.enum(LIFECYCLES),
  reason: optionalText(MAX_REASON_LENGTH),
  successorId: objectId.nullish(),
});

/**
 * Admins move a standard along DRAFT → CANDIDATE → ESTABLISHED → DEPRECATED: one stage forward, or
 * back to any earlier stage with a reason (kept on the standard and in the audit log). DEPRECATED
 * may name the standard that replaces it; no other stage has a successor.
 */
export async function changeStandardLifecycle(ctx: RequestContext, args: z.input<typeof lifecycleInput>) {
  const viewer = assertCan(ctx.viewer, 'standard:edit');
  const input = parseInput(lifecycleInput, args);
  const { models } = ctx.runtime;
  const before = await models.Standard.findById(input.standardId).lean<StandardRecord>().exec();
  if (!before) throw notFound('Standard');
  const move = lifecycleMove(before.lifecycle, input.lifecycle);
  if (move === 'skip') throw badUserInput('lifecycle', 'moves forward one stage at a time');
  if (move === 'back' && !input.reason) throw badUserInput('reason', 'a move back needs a reason');
  const successorId = input.successorId ?? null;
  if (successorId && input.lifecycle !== 'DEPRECATED') {
    throw badUserInput('successorId', 'only a DEPRECATED standard has a successor');
  }
  if (successorId === input.standardId) throw badUserInput('successorId', 'cannot succeed itself');
  if (successorId && !(await models.Standard.exists({ _id: successorId }))) {
    throw badUserInput('successorId', 'does not exist');
  }
  const set = {
    lifecycle: input.lifecycle,
    successorId: input.lifecycle === 'DEPRECATED' ? successorId : null,
    lifecycleReason: move === 'back' ? input.reason : move === 'none' ? before.lifecycleReason : null,
  };
  const standard = await models.Standard.findByIdAndUpdate(
    input.standardId,
    { $set: set },
    { returnDocument: 'after' },
  )
    .lean<StandardRecord>()
    .exec();
  if (!standard) throw notFound('Standard');
  await recordChange(ctx, viewer, {
    action: 'standard:lifecycle',
    subjectType: 'Standard',
    subjectId: input.standardId,
    before: {
      lifecycle: before.lifecycle,
      successorId: before.successorId ? String(before.successorId) : null,
    },
    after: { lifecycle: set.lifecycle, successorId: set.successorId, reason: input.reason },
    events: [searchIndexChanged('STANDARD', [input.standardId])],
  });
  if (move !== 'none') await mailLifecycle(ctx.runtime, standard);
  return { standard };
}
