import { recordAudit } from '../audit/record';
import type { SubscriptionRecord } from '../../db/models/Subscription';
import { notFound } from '../../errors';
import { assertCanUpdateAdoption } from '../adoption/policy';
import type { RequestContext } from '../context';
import { parseCbsCode, parseObjectId } from '../validation';
import { requireViewer } from '../../auth/guards';

async function target(ctx: RequestContext, args: { municipalityId: string; standardId: string }) {
  const viewer = requireViewer(ctx.viewer);
  const municipalityId = parseCbsCode('municipalityId', args.municipalityId);
  const standardId = parseObjectId('standardId', args.standardId);
  assertCanUpdateAdoption(viewer, municipalityId);
  const [municipality, standard] = await Promise.all([
    ctx.loaders.municipalityById.load(municipalityId),
    ctx.loaders.standardById.load(standardId),
  ]);
  if (!municipality) throw notFound('Gemeente');
  if (!standard) throw notFound('Standaard');
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
  await recordAudit(models, {
    actorId: viewer.id,
    action: 'subscription:create',
    subjectType: 'Subscription',
    subjectId: String(subscription._id),
    before: null,
    after: { municipalityId, standardId: String(standardId) },
    at,
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
    await recordAudit(models, {
      actorId: viewer.id,
      action: 'subscription:delete',
      subjectType: 'Subscription',
      subjectId: String(removed._id),
      before: { municipalityId, standardId: String(standardId) },
      after: null,
      at: ctx.runtime.now(),
    });
  }
  return removed !== null;
}
