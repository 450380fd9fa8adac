import { assertCan } from '../../auth/can';
import { recordChange } from '../change';
import type { SubscriptionRecord } from '../../db/models/Subscription';
import { notFound } from '../../errors';
import type { RequestContext } from '../context';
import { parseCbsCode, parseObjectId } from '../validation';
import { requireViewer } from '../../auth/guards';

async function target(ctx: RequestContext, args: { municipalityId: string; standardId: string }) {
  const viewer = requireViewer(ctx.viewer);
  const municipalityId = parseCbsCode('municipalityId', args.municipalityId);
  const standardId = parseObjectId('standardId', args.standardId);
  assertCan(viewer, 'adoption:update', { municipalityId });
  const [municipality, standard] = await Promise.all([
    ctx.loaders.municipalityById.load(municipalityId),
    ctx.loaders.standardById.load(standardId),
  ]);
  if (!municipality) throw notFound('Municipality');
  if (!standard) throw notFound('Standard');
  return { viewer, municipalityId, standardId };
}

/** A municipality follows a standard (idempotent); same rules as reporting adoption. */
export async function subscribeToStandard(
  ctx: RequestContext,
  args: { municipalityId: string; standardId: string },
) {
  const { viewer, municipalityId, standardId } = await target(ctx, args);
  const { models } = ctx.runtime;
  const at = ctx.runtime.now();
  const subscription = await models.Subscription.findOneAndUpdate(
    { municipalityId, standardId },
    { $setOnInsert: { since: at, byUserId: viewer.id } },
    { upsert: true, returnDocument: 'after' },
  )
    .lean<SubscriptionRecord>()
    .exec();
  await recordChange(ctx, viewer, {
    action: 'subscription:create',
    subjectType: 'Subscription',
    subjectId: String(subscription._id),
    before: null,
    after: { municipalityId, standardId: String(standardId) },
  });
  return subscription;
}

/** Stops following; true when there was a subscription. */
export async function unsubscribeFromStandard(
  ctx: RequestContext,
  args: { municipalityId: string; standardId: string },
) {
  const { viewer, municipalityId, standardId } = await target(ctx, args);
  const { models } = ctx.runtime;
  const removed = await models.Subscription.findOneAndDelete({ municipalityId, standardId }).lean().exec();
  if (removed) {
    await recordChange(ctx, viewer, {
      action: 'subscription:delete',
      subjectType: 'Subscription',
      subjectId: String(removed._id),
      before: { municipalityId, standardId: String(standardId) },
      after: null,
    });
  }
  return removed !== null;
}
