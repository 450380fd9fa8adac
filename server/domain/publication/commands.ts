import { Types } from 'mongoose';
import { z } from 'zod';
import { FieldProblem } from '../../../common/errorCodes';
import { objectId } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { isDuplicateKey } from '../../db/duplicateKey';
import { PUBLICATION_KINDS, type PublicationKind, type PublicationRecord } from '../../db/models/Publication';
import { badUserInput, notFound, unauthenticated } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { parseInput } from '../validation';
import { subjectOf, viewsOf, type PublicationSubject } from './readModel';
import { freeSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugOf } from './slug';

const kind = z.enum(PUBLICATION_KINDS);

const publishInput = z.object({
  kind,
  subjectId: objectId,
  slug: z
    .string()
    .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`)
    .regex(SLUG_PATTERN, 'must be lower-case words joined by hyphens, e.g. digitale-agenda-2035')
    .nullish(),
  versionId: objectId.nullish(),
});

const unpublishInput = z.object({ kind, subjectId: objectId });

/** The subject for a viewer who may publish it: UNAUTHENTICATED, NOT_FOUND or FORBIDDEN otherwise. */
async function manageableSubject(
  ctx: RequestContext,
  kindOf: PublicationKind,
  subjectId: string,
): Promise<PublicationSubject> {
  if (!ctx.viewer) throw unauthenticated();
  const subject = await subjectOf(ctx.runtime.models, kindOf, new Types.ObjectId(subjectId));
  if (!subject)
    throw notFound(kindOf === 'ROADMAP' ? 'Roadmap' : kindOf === 'QUICK_WIN' ? 'Quick win' : 'Page');
  assertCan(ctx.viewer, 'publication:manage', { taskforceId: subject.taskforceId });
  return subject;
}

/**
 * Publishes a roadmap, quick win or page at `/openbaar/…/<slug>`, or changes the slug or frozen
 * version of its publication. The slug is kept when publishing again; a generated one gets a
 * number when taken, a chosen one that is taken is refused (`extensions.reason: TAKEN`).
 */
export async function publish(ctx: RequestContext, args: unknown) {
  const input = parseInput(publishInput, args);
  const subject = await manageableSubject(ctx, input.kind, input.subjectId);
  const viewer = assertCan(ctx.viewer, 'publication:manage', { taskforceId: subject.taskforceId });
  const { Publication, RoadmapVersion } = ctx.runtime.models;
  const subjectId = new Types.ObjectId(input.subjectId);
  let versionId: Types.ObjectId | null = null;
  if (input.versionId) {
    if (input.kind !== 'ROADMAP') throw badUserInput('versionId', 'only roadmaps have versions');
    const version = await RoadmapVersion.exists({ _id: input.versionId, roadmapId: subjectId });
    if (!version) throw badUserInput('versionId', 'is not a version of this roadmap');
    versionId = new Types.ObjectId(input.versionId);
  }
  const before = await Publication.findOne({ kind: input.kind, subjectId }).lean();
  const others = await Publication.find(
    { kind: input.kind, subjectId: { $ne: subjectId } },
    { slug: 1 },
  ).lean();
  const taken = new Set(others.map((p) => p.slug));
  if (input.slug && taken.has(input.slug))
    throw badUserInput('slug', 'is already in use', FieldProblem.Taken);
  const slug = input.slug ?? before?.slug ?? freeSlug(slugOf(subject.title), taken);
  let after: PublicationRecord;
  try {
    after = before
      ? ((await Publication.findOneAndUpdate(
          { _id: before._id },
          { $set: { slug, versionId } },
          { returnDocument: 'after' },
        ).lean()) as PublicationRecord)
      : (
          await Publication.create({
            kind: input.kind,
            subjectId,
            slug,
            versionId,
            publishedById: new Types.ObjectId(viewer.id),
            publishedAt: ctx.runtime.now(),
          })
        ).toObject();
  } catch (error) {
    // Someone else took the slug (or published the same thing) between the read and the write.
    if (isDuplicateKey(error)) throw badUserInput('slug', 'is already in use', FieldProblem.Taken);
    throw error;
  }
  await recordChange(ctx, viewer, {
    action: before ? 'publication:update' : 'publication:publish',
    subjectType: input.kind,
    subjectId: input.subjectId,
    before: before && { slug: before.slug, versionId: before.versionId && String(before.versionId) },
    after: { slug, versionId: versionId && String(versionId) },
  });
  const [view] = await viewsOf(ctx.runtime.models, [after]);
  if (!view) throw notFound('Publication');
  return view;
}

/** Withdraws a publication at once (its URL answers 404); false when it was not published. */
export async function unpublish(ctx: RequestContext, args: unknown): Promise<boolean> {
  const input = parseInput(unpublishInput, args);
  const subject = await manageableSubject(ctx, input.kind, input.subjectId);
  const viewer = assertCan(ctx.viewer, 'publication:manage', { taskforceId: subject.taskforceId });
  const removed = await ctx.runtime.models.Publication.findOneAndDelete({
    kind: input.kind,
    subjectId: new Types.ObjectId(input.subjectId),
  }).lean();
  if (!removed) return false;
  await recordChange(ctx, viewer, {
    action: 'publication:unpublish',
    subjectType: input.kind,
    subjectId: input.subjectId,
    before: { slug: removed.slug, versionId: removed.versionId && String(removed.versionId) },
  });
  return true;
}
