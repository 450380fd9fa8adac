import { Types } from 'mongoose';
import { requireViewer } from '../../auth/guards';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import { badUserInput, forbidden, notFound } from '../../errors';
import type { AddRoadmapCommentInput } from '../../graphql/__generated__/resolvers-types';
import type { RequestContext } from '../context';
import { publishRoadmapCommentChanged } from './commentEvents';
import { canResolveRoadmapComment, readableRoadmap } from './policy';

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
export async function addRoadmapComment(ctx: RequestContext, input: AddRoadmapCommentInput) {
  const { viewer, roadmap } = await readableRoadmap(ctx, input.roadmapId);
  const body = input.body.trim();
  if (body.length === 0 || body.length > 5000) throw badUserInput('body', 'moet 1 tot 5000 tekens lang zijn');
  if (input.itemId.length === 0 || input.itemId.length > 64) throw badUserInput('itemId', 'is ongeldig');
  let parentId: Types.ObjectId | null = null;
  if (input.parentId) {
    const parent = Types.ObjectId.isValid(input.parentId)
      ? await ctx.runtime.models.RoadmapComment.findById(input.parentId).lean()
      : null;
    if (!parent || String(parent.roadmapId) !== String(roadmap._id) || parent.itemId !== input.itemId) {
      throw badUserInput('parentId', 'hoort niet bij dit item');
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
  publishRoadmapCommentChanged(ctx.runtime.pubsub, 'ADDED', comment);
  return comment;
}

/** Resolves a thread (see {@link canResolveRoadmapComment}); resolving it again changes nothing. */
export async function resolveRoadmapComment(ctx: RequestContext, id: string) {
  // Signed in first: an anonymous caller must not learn which comment ids exist.
  requireViewer(ctx.viewer);
  if (!Types.ObjectId.isValid(id)) throw notFound('Opmerking');
  const comment = await ctx.runtime.models.RoadmapComment.findById(id).lean();
  if (!comment) throw notFound('Opmerking');
  const { viewer, roadmap } = await readableRoadmap(ctx, String(comment.roadmapId));
  if (!canResolveRoadmapComment(viewer, comment, roadmap)) throw forbidden();
  if (comment.resolvedAt) return comment;
  const resolved = (await ctx.runtime.models.RoadmapComment.findOneAndUpdate(
    { _id: comment._id },
    { $set: { resolvedAt: new Date(), resolvedById: new Types.ObjectId(viewer.id) } },
    { returnDocument: 'after' },
  ).lean()) as RoadmapCommentRecord;
  publishRoadmapCommentChanged(ctx.runtime.pubsub, 'RESOLVED', resolved);
  return resolved;
}
