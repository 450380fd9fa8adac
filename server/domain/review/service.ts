import type { Types } from 'mongoose';
import { assertCan, can } from '../../auth/can';
import { requireViewer } from '../../auth/guards';
import type { AdoptionCurrent, AdoptionRecord } from '../../db/models/Adoption';
import type { ReviewOutcome, ReviewTaskRecord } from '../../db/models/ReviewTask';
import { ReviewTaskStore, reviewTaskId } from '../../db/stores/reviewTaskStore';
import { notFound } from '../../errors';
import { ADOPTION_CHANGED } from '../../events/topics';
import { recordChange, type DomainEvent } from '../change';
import type { RequestContext } from '../context';
import { parseCbsCode, parseObjectId } from '../validation';

/** Open review tasks of one municipality, or of those the viewer may report for; signed in only. */
export function listReviewTasks(
  ctx: RequestContext,
  args: { municipalityId?: string | null },
): Promise<ReviewTaskRecord[]> {
  const viewer = requireViewer(ctx.viewer);
  const municipalityIds = args.municipalityId
    ? [parseCbsCode('municipalityId', args.municipalityId)]
    : viewer.editableMunicipalityIds;
  return new ReviewTaskStore(ctx.runtime.models).openOf(municipalityIds);
}

/**
 * Closes the open review task of one cell, as a report answers it; returns it as it was, or null
 * where none was open as of this request (then nothing is read: most reports have none).
 */
export async function closeReviewTask(
  ctx: RequestContext,
  municipalityId: string,
  standardId: Types.ObjectId,
  by: { userId: string; at: Date },
  outcome: ReviewOutcome,
): Promise<ReviewTaskRecord | null> {
  if (!(await ctx.loaders.openReviewTaskIds()).has(reviewTaskId(municipalityId, standardId))) return null;
  return new ReviewTaskStore(ctx.runtime.models).close(municipalityId, standardId, by, outcome);
}

/** True when the viewer may close this task (the editors who report for its municipality). */
export function viewerCanReview(ctx: RequestContext, task: ReviewTaskRecord): boolean {
  return can(ctx.viewer, 'adoption:update', { municipalityId: task.municipalityId });
}

/**
 * The municipality's editor confirms that its status still holds after a new version: an existing
 * record gets a history entry with the same state (which clears needsReview), and the open review
 * task closes as CONFIRMED. NOT_FOUND when there is neither a task nor a record needing review.
 */
export async function confirmAdoptionReview(
  ctx: RequestContext,
  args: { municipalityId: string; standardId: string },
): Promise<{ adoption: AdoptionCurrent | null }> {
  requireViewer(ctx.viewer);
  const municipalityId = parseCbsCode('municipalityId', args.municipalityId);
  const standardId = parseObjectId('standardId', args.standardId);
  const viewer = assertCan(ctx.viewer, 'adoption:update', { municipalityId });
  const { models } = ctx.runtime;
  const at = ctx.runtime.now();
  const record = await models.Adoption.findOne({ municipalityId, standardId }).lean<AdoptionRecord>().exec();
  const task = await new ReviewTaskStore(models).close(
    municipalityId,
    standardId,
    { userId: viewer.id, at },
    'CONFIRMED',
  );
  if (!task && !record?.needsReview) throw notFound('Review task');
  let adoption: AdoptionCurrent | null = null;
  const events: DomainEvent[] = [];
  const alongside: Promise<void>[] = [];
  if (record) {
    const state = {
      status: record.status,
      targetDate: record.targetDate ?? null,
      adoptedVersion: record.adoptedVersion ?? null,
      note: record.note ?? null,
    };
    const report = await ctx.runtime.adoptions.report(
      { municipalityId, standardId },
      state,
      { userId: viewer.id, at },
      await ctx.loaders.adoptionCells(),
    );
    adoption = report.after;
    alongside.push(report.filed);
    events.push({
      topic: ADOPTION_CHANGED,
      payload: { adoptionId: String(adoption._id), municipalityId, standardId: String(standardId) },
    });
  }
  await recordChange(ctx, viewer, {
    action: 'adoption:confirmReview',
    subjectType: 'ReviewTask',
    subjectId: `${municipalityId}:${String(standardId)}`,
    before: { version: task?.version ?? record?.reviewVersion ?? null },
    after: { outcome: 'CONFIRMED', status: record?.status ?? null },
    events,
    alongside,
  });
  return { adoption };
}
