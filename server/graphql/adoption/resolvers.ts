import type { AdoptionRecord } from '../../db/models/Adoption';
import { notFound } from '../../errors';
import type { AdoptionChangedEvent } from '../../events/topics';
import { adoptionOfEvent, subscribeToAdoptionChanges } from '../../domain/adoption/events';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { GraphQLContext } from '../context';
import {
  adoptionByProvince,
  adoptionMatrix,
  adoptionOverTime,
  matrixCells,
} from '../../domain/adoption/dashboards';
import { can } from '../../auth/can';
import { adoptionHistory, listAdoptions, updateAdoption } from '../../domain/adoption/service';

/** Adoption records, the dashboards over them, and their live updates. */
export const adoptionResolvers: Resolvers = {
  Query: {
    adoptions: (_parent, args, ctx) => listAdoptions(ctx, args),
    adoptionMatrix: (_parent, args, ctx) => adoptionMatrix(ctx, args),
    adoptionByProvince: (_parent, args, ctx) =>
      adoptionByProvince(ctx, args.standardId, args.includeDemo ?? true),
    adoptionOverTime: (_parent, args, ctx) => adoptionOverTime(ctx, args),
  },
  Mutation: {
    updateAdoption: (_parent, { input }, ctx) => updateAdoption(ctx, input),
  },
  Subscription: {
    adoptionChanged: {
      subscribe: (_parent, args, ctx) => subscribeToAdoptionChanges(ctx, args),
      resolve: (event: AdoptionChangedEvent, _args: unknown, ctx: GraphQLContext) =>
        adoptionOfEvent(ctx, event),
    },
  },
  AdoptionMatrixRow: {
    cells: matrixCells,
  },
  Adoption: {
    id: (a) => String(a._id),
    municipality: async (a, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(a.municipalityId);
      if (!municipality) throw notFound('Municipality');
      return municipality;
    },
    standard: async (a, _args, ctx) => {
      const standard = await ctx.loaders.standardById.load(a.standardId);
      if (!standard) throw notFound('Standard');
      return standard;
    },
    needsReview: (a) => a.needsReview ?? false,
    isDemo: (a) => a.demo ?? false,
    updatedAt: (a) => (a as AdoptionRecord & { updatedAt: Date }).updatedAt,
    updatedBy: (a, _args, ctx) => (a.updatedByUserId ? ctx.loaders.userById.load(a.updatedByUserId) : null),
    history: (a, _args, ctx) => adoptionHistory(ctx, a),
    viewerCanEdit: (a, _args, ctx) =>
      can(ctx.viewer, 'adoption:update', { municipalityId: a.municipalityId }),
  },
  AdoptionHistoryEntry: {
    by: (entry, _args, ctx) => (entry.byUserId ? ctx.loaders.userById.load(entry.byUserId) : null),
  },
  Municipality: {
    adoptions: (m, _args, ctx) => ctx.loaders.adoptionsByMunicipalityId.load(m._id),
    subscriptions: (m, _args, ctx) => ctx.loaders.subscriptionsByMunicipalityId.load(m._id),
    viewerCanEdit: (m, _args, ctx) => can(ctx.viewer, 'adoption:update', { municipalityId: m._id }),
  },
};
