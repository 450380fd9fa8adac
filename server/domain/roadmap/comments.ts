import { Types } from 'mongoose';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import { badUserInput, notFound } from '../../errors';
import type { RequestContext } from '../context';
import { roadmapCommentChanged } from './commentEvents';
import { readableRoadmap } from './policy';
import { assertCan } from '../../auth/can';
import { recordChange } from '../change';
import { searchIndexChanged } from '../search/events';
import { MAX_COMMENT_LENGTH } from '../../../common/validation';

/** Comments on one item, oldest first; any signed-in reader. */
export async function roadmapComments(ctx: RequestContext, roadmapId: string, itemId: string) {
  const { roadmap } = await readableRoadmap(ctx, roadmapId);
  const all = await ctx.runtime.models.RoadmapComment.find({ roadmapId: roadmap._id })
    .sort({ createdAt: 1, _id: 1 })
    .lean()
    .exec();
  return all.filter((comment) => comment.itemId === itemId);
}

/** Adds a comment (or a reply); any signed-in reader, read-only users too. */
export async function addRoadmapComment(
  ctx: RequestContext,
  input: { roadmapId: string; itemId: string; body: string; parentId?: string | null },
) {
  const { viewer, roadmap } = await readableRoadmap(ctx, input.roadmapId);
  const body = input.body.trim();
  if (body.length === 0 || body.length > MAX_COMMENT_LENGTH) {
    throw badUserInput('body', `must be 1 to ${MAX_COMMENT_LENGTH} characters`);
  }
  if (input.itemId.length === 0 || input.itemId.length > 64)
    throw badUserInput('itemId', 'is not a valid item id');
  let parentId: Types.ObjectId | null = null;
  if (input.parentId) {
    const parent = Types.ObjectId.isValid(input.parentId)
      ? await ctx.runtime.models.RoadmapComment.findById(input.parentId).lean()
      : null;
    if (!parent || String(parent.roadmapId) !== String(roadmap._id) || parent.itemId !== input.itemId) {
      throw badUserInput('parentId', 'does not belong to this item');
    }
    parentId = parent._id;
  }
  const created = await ctx.runtime.models.RoadmapComment.create({
    roadmapId: roadmap._id,
    itemId: input.itemId,
    parentId,
    authorId: new Types.ObjectId(viewer.id),
    body,
  });
  const comment = created.toObject() as RoadmapCommentRecord;
  await recordChange(ctx, viewer, {
    action: 'roadmapComment:create',
    subjectType: 'Roadmap',
    subjectId: String(roadmap._id),
    after: {
      commentId: String(comment._id),
      itemId: input.itemId,
      parentId: parentId && String(parentId),
      body,
    },
    // Search finds a roadmap by its comments' words.
    events: [roadmapCommentChanged('ADDED', comment), searchIndexChanged('ROADMAP', [String(roadmap._id)])],
  });
  return comment;
}

/** Resolves a thread (`roadmapComment:resolve`); resolving it again changes nothing. */
export async function resolveRoadmapComment(ctx: RequestContext, id: string) {
  // Signed in first: an anonymous caller must not learn which comment ids exist.
  assertCan(ctx.viewer, 'roadmap:read');
  if (!Types.ObjectId.isValid(id)) throw notFound('Comment');
  const comment = await ctx.runtime.models.RoadmapComment.findById(id).lean();
  if (!comment) throw notFound('Comment');
  const { viewer, roadmap } = await readableRoadmap(ctx, String(comment.roadmapId));
  assertCan(viewer, 'roadmapComment:resolve', {
    authorId: String(comment.authorId),
    taskforceId: String(roadmap.taskforceId),
  });
  if (comment.resolvedAt) return comment;
  const resolved = (await ctx.runtime.models.RoadmapComment.findOneAndUpdate(
    { _id: comment._id },
    { $set: { resolvedAt: new Date(), resolvedById: new Types.ObjectId(viewer.id) } },
    { returnDocument: 'after' },
  ).lean()) as RoadmapCommentRecord;
  await recordChange(ctx, viewer, {
    action: 'roadmapComment:resolve',
    subjectType: 'Roadmap',
    subjectId: String(roadmap._id),
    after: { commentId: id },
    events: [roadmapCommentChanged('RESOLVED', resolved)],
  });
  return resolved;
}
