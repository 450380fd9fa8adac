import { can } from '../../auth/can';
import { notFound } from '../../errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { loadExisting } from '../../domain/loaders';
import { initiativeDashboard, latestBenefit } from '../../domain/initiative/dashboard';
import { initiativeOfEvent, subscribeToInitiativeChanges } from '../../domain/initiative/events';
import * as queries from '../../domain/initiative/queries';
import * as service from '../../domain/initiative/service';
import { isOverdue, nextStatuses } from '../../domain/initiative/workflow';

/** Initiatives (quick wins): queries, mutations, the live feed and field resolvers. */
export const initiativeResolvers: Resolvers = {
  Query: {
    initiatives: (_parent, args, ctx) => queries.listInitiatives(ctx, args),
    initiative: (_parent, args, ctx) => queries.getInitiative(ctx, args.id),
    initiativeDashboard: (_parent, args, ctx) => initiativeDashboard(ctx, args.filter),
  },
  Mutation: {
    createInitiative: (_parent, args, ctx) => service.createInitiative(ctx, args.input),
    updateInitiative: (_parent, args, ctx) => service.updateInitiative(ctx, args.input),
    updateInitiativeStatus: (_parent, args, ctx) => service.updateInitiativeStatus(ctx, args.input),
    updateRollout: (_parent, args, ctx) => service.updateRollout(ctx, args.input),
    recordRealisedBenefit: (_parent, args, ctx) => service.recordRealisedBenefit(ctx, args.input),
  },
  Subscription: {
    initiativeChanged: {
      subscribe: (_parent, args, ctx) => subscribeToInitiativeChanges(ctx, args.id),
    },
  },
  InitiativeChangedEvent: {
    initiative: (event, _args, ctx) => initiativeOfEvent(ctx, event),
    municipality: (event, _args, ctx) =>
      event.municipalityId ? ctx.loaders.municipalityById.load(event.municipalityId) : null,
  },
  Initiative: {
    id: (i) => String(i._id),
    description: (i) => i.description ?? '',
    overdue: (i, _args, ctx) => isOverdue(i.status, i.deadline, queries.today(ctx.runtime)),
    owner: (i, _args, ctx) => (i.ownerUserId ? ctx.loaders.userById.load(i.ownerUserId) : null),
    ownerTaskforce: (i, _args, ctx) =>
      i.ownerTaskforceId ? ctx.loaders.taskforceById.load(i.ownerTaskforceId) : null,
    standardIds: (i) => i.standardIds.map(String),
    standards: (i, _args, ctx) => loadExisting(ctx.loaders.standardById, i.standardIds),
    roadmapItemIds: (i) => i.roadmapItemIds ?? [],
    expectedBenefit: (i) => ({
      hoursPerYear: i.expectedBenefit?.hoursPerYear ?? null,
      eurosPerYear: i.expectedBenefit?.eurosPerYear ?? null,
      citizensReached: i.expectedBenefit?.citizensReached ?? null,
    }),
    realisedBenefits: (i) => [...(i.realisedBenefits ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    latestRealisedBenefit: (i) => latestBenefit(i.realisedBenefits ?? []),
    sources: (i) => i.sources ?? [],
    nextStatuses: (i) => nextStatuses(i.status),
    viewerCanEdit: (_i, _args, ctx) => can(ctx.viewer, 'initiative:manage'),
  },
  InitiativeParticipant: {
    municipality: async (p, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(p.municipalityId);
      if (!municipality) throw notFound('Municipality');
      return municipality;
    },
  },
  RealisedBenefit: {
    recordedBy: (r, _args, ctx) => (r.byUserId ? ctx.loaders.userById.load(r.byUserId) : null),
    recordedAt: (r) => r.at,
  },
  InitiativeStandard: {
    id: (s) => String(s._id),
  },
};
