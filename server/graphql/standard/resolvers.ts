import type { Resolvers } from '../__generated__/resolvers-types';
import { standardAdoptionSummary } from '../../domain/adoption/summary';
import { loadExisting } from '../../domain/loaders';
import { can } from '../../auth/can';
import {
  createStandard,
  getStandard,
  listStandards,
  publishStandardVersion,
  updateStandard,
} from '../../domain/standard/service';
import { changeStandardLifecycle } from '../../domain/standard/lifecycle';
import { subscribeToStandard, unsubscribeFromStandard } from '../../domain/standard/subscriptions';

/** The catalogue of standards and who follows them. */
export const standardResolvers: Resolvers = {
  Query: {
    standards: (_parent, args, ctx) => listStandards(ctx, args),
    standard: (_parent, args, ctx) => getStandard(ctx, args),
  },
  Mutation: {
    createStandard: (_parent, { input }, ctx) => createStandard(ctx, input),
    updateStandard: (_parent, { input }, ctx) => updateStandard(ctx, input),
    publishStandardVersion: (_parent, args, ctx) => publishStandardVersion(ctx, args),
    changeStandardLifecycle: (_parent, { input }, ctx) => changeStandardLifecycle(ctx, input),
    subscribeToStandard: (_parent, args, ctx) => subscribeToStandard(ctx, args),
    unsubscribeFromStandard: (_parent, args, ctx) => unsubscribeFromStandard(ctx, args),
  },
  Standard: {
    id: (s) => String(s._id),
    summary: (s) => s.summary ?? '',
    versions: (s) =>
      (s.versions ?? []).map((v) => ({ number: v.number, date: v.date ?? null, changes: v.changes ?? '' })),
    adoptionSummary: (s, args, ctx) => standardAdoptionSummary(ctx, String(s._id), args.includeDemo ?? true),
    subscribers: async (s, _args, ctx) => {
      const subscriptions = await ctx.loaders.subscriptionsByStandardId.load(s._id);
      return loadExisting(
        ctx.loaders.municipalityById,
        subscriptions.map((sub) => sub.municipalityId),
      );
    },
    viewerCanEdit: (_s, _args, ctx) => can(ctx.viewer, 'standard:edit'),
    links: (s) => (s.links ?? []).map((link) => ({ label: link.label, url: link.url })),
    successor: (s, _args, ctx) => (s.successorId ? ctx.loaders.standardById.load(s.successorId) : null),
    lifecycleReason: (s) => s.lifecycleReason ?? null,
  },
  StandardSubscription: {
    id: (s) => String(s._id),
    municipality: async (s, _args, ctx) => (await ctx.loaders.municipalityById.load(s.municipalityId))!,
    standard: async (s, _args, ctx) => (await ctx.loaders.standardById.load(s.standardId))!,
  },
};
