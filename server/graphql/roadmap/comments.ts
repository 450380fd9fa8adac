import { Types } from 'mongoose';
import { requireViewer } from '../../auth/guards';
import { isAdmin } from '../../auth/viewer';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import { badUserInput, forbidden, notFound } from '../../errors';
import type { AddRoadmapCommentInput } from '../__generated__/resolvers-types';
import type { GraphQLContext } from '../context';
import { canEditTaskforceWork } from '../taskforce/policy';
import { findRoadmap } from './service';

/** Comments on one item, oldest first; any signed-in reader. */
export async function roadmapComments(ctx: GraphQLContext, roadmapId: string, itemId: string) {
  requireViewer(ctx.viewer);
  const roadmap = await findRoadmap(ctx, roadmapId);
  const all = await ctx.runtime.models.RoadmapComment.find({ roadmapId: roadmap._id })
    .sort({ createdAt: 1, _id: 1 })
    .lean()
    .exec();
  return all.filter((comment) => comment.itemId === itemId);
}

/** Adds a comment (or a reply); any signed-in reader, read-only users too. */
export async function addRoadmapComment(ctx: GraphQLContext, input: AddRoadmapCommentInput) {
  const viewer = requireViewer(ctx.viewer);
  const roadmap = await findRoadmap(ctx, input.roadmapId);
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
  const comment = await ctx.runtime.models.RoadmapComment.create({
    roadmapId: roadmap._id,
    itemId: input.itemId,
    parentId,
    authorId: new Types.ObjectId(viewer.id),
    body,
  });
  return comment.toObject() as RoadmapCommentRecord;
}

/** Resolves a thread: its author, the roadmap's editors and admins may. */
export async function resolveRoadmapComment(ctx: GraphQLContext, id: string) {
  const viewer = requireViewer(ctx.viewer);
  if (!Types.ObjectId.isValid(id)) throw notFound('Opmerking');
  const comment = await ctx.runtime.models.RoadmapComment.findById(id).lean();
  if (!comment) throw notFound('Opmerking');
  const roadmap = await findRoadmap(ctx, String(comment.roadmapId));
  const allowed =
    String(comment.authorId) === viewer.id ||
    isAdmin(viewer) ||
    canEditTaskforceWork(viewer, String(roadmap.taskforceId));
  if (!allowed) throw forbidden();
  const resolved = await ctx.runtime.models.RoadmapComment.findOneAndUpdate(
    { _id: comment._id },
    { $set: { resolvedAt: comment.resolvedAt ?? new Date(), resolvedById: new Types.ObjectId(viewer.id) } },
    { new: true },
  ).lean();
  return resolved as RoadmapCommentRecord;
}
