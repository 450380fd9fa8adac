import type { AdoptionRecord } from '../../db/models/Adoption';
import { notFound } from '../../errors';
import { ADOPTION_CHANGED, filterEvents, type AdoptionChangedEvent } from '../../events/topics';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { GraphQLContext } from '../context';
import { parseCbsCode, parseObjectId } from '../../domain/validation';
import {
  adoptionByProvince,
  adoptionMatrix,
  adoptionOverTime,
  matrixCells,
} from '../../domain/adoption/dashboards';
import { canUpdateAdoption } from '../../domain/adoption/policy';
import { listAdoptions, updateAdoption } from '../../domain/adoption/service';

/** The record an `adoptionChanged` event names, read once per event (a 200-subscriber fan-out reads once). */
const recordOfEvent = new WeakMap<AdoptionChangedEvent, Promise<AdoptionRecord | null>>();

/** Adoption records, the dashboards over them, and their live updates. */
export const adoptionResolvers: Resolvers = {
  Query: {
    adoptions: (_parent, args, ctx) => listAdoptions(ctx, args),
    adoptionMatrix: (_parent, args, ctx) => adoptionMatrix(ctx, args),
    adoptionByProvince: (_parent, args, ctx) => adoptionByProvince(ctx, args.standardId),
    adoptionOverTime: (_parent, args, ctx) => adoptionOverTime(ctx, args),
  },
  Mutation: {
    updateAdoption: (_parent, { input }, ctx) => updateAdoption(ctx, input),
  },
  Subscription: {
    adoptionChanged: {
      subscribe: (_parent, args, ctx) => {
        const standardId = args.standardId ? String(parseObjectId('standardId', args.standardId)) : null;
        const municipalityId = args.municipalityId
          ? parseCbsCode('municipalityId', args.municipalityId)
          : null;
        return filterEvents(
          ctx.runtime.pubsub.subscribe<AdoptionChangedEvent>(ADOPTION_CHANGED),
          (e) =>
            (!standardId || e.standardId === standardId) &&
            (!municipalityId || e.municipalityId === municipalityId),
        );
      },
      // Every subscriber in this process gets the same event object: one fresh read serves them all.
      resolve: async (event: AdoptionChangedEvent, _args: unknown, ctx: GraphQLContext) => {
        let read = recordOfEvent.get(event);
        if (!read) {
          read = ctx.runtime.models.Adoption.findById(event.adoptionId).lean<AdoptionRecord>().exec();
          recordOfEvent.set(event, read);
        }
        const adoption = await read;
        if (!adoption) throw notFound('Adoptie');
        return adoption;
      },
    },
  },
  AdoptionMatrixRow: {
    cells: matrixCells,
  },
  Adoption: {
    id: (a) => String(a._id),
    municipality: async (a, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(a.municipalityId);
      if (!municipality) throw notFound('Gemeente');
      return municipality;
    },
    standard: async (a, _args, ctx) => {
      const standard = await ctx.loaders.standardById.load(a.standardId);
      if (!standard) throw notFound('Standaard');
      return standard;
    },
    needsReview: (a) => a.needsReview ?? false,
    isDemo: (a) => a.demo ?? false,
    updatedAt: (a) => (a as AdoptionRecord & { updatedAt: Date }).updatedAt,
    updatedBy: (a, _args, ctx) => (a.updatedByUserId ? ctx.loaders.userById.load(a.updatedByUserId) : null),
    history: (a) => a.history,
    viewerCanEdit: (a, _args, ctx) => canUpdateAdoption(ctx.viewer, a.municipalityId),
  },
  AdoptionHistoryEntry: {
    by: (entry, _args, ctx) => (entry.byUserId ? ctx.loaders.userById.load(entry.byUserId) : null),
  },
  Municipality: {
    adoptions: (m, _args, ctx) => ctx.loaders.adoptionsByMunicipalityId.load(m._id),
    subscriptions: (m, _args, ctx) => ctx.loaders.subscriptionsByMunicipalityId.load(m._id),
    viewerCanEdit: (m, _args, ctx) => canUpdateAdoption(ctx.viewer, m._id),
  },
};
