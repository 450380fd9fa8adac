import type { Resolvers } from '../__generated__/resolvers-types';
import { confirmAdoptionReview, listReviewTasks, viewerCanReview } from '../../domain/review/service';

/** Review tasks after a new version of a followed standard. */
export const reviewResolvers: Resolvers = {
  Query: {
    reviewTasks: (_parent, args, ctx) => listReviewTasks(ctx, args),
  },
  Mutation: {
    confirmAdoptionReview: (_parent, args, ctx) => confirmAdoptionReview(ctx, args),
  },
  ReviewTask: {
    id: (task) => task._id,
    municipality: async (task, _args, ctx) => (await ctx.loaders.municipalityById.load(task.municipalityId))!,
    standard: async (task, _args, ctx) => (await ctx.loaders.standardById.load(task.standardId))!,
    viewerCanEdit: (task, _args, ctx) => viewerCanReview(ctx, task),
  },
};
