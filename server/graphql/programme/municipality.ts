import type { Resolvers } from '../__generated__/resolvers-types';
import { sizeClassOf } from '../../../common/sizeClass';
import { scorecard } from '../../domain/programme/queries';
import { programmeLoaders } from '../../domain/programme/requestLoaders';
import { notFound } from '../../errors';

/** What programmes add to municipalities and cooperations: size class, mergers, the scorecard. */
export const programmeMunicipalityResolvers: Resolvers = {
  Municipality: {
    sizeClass: (m) => sizeClassOf(m.population),
    endedIn: (m, _args, ctx) => programmeLoaders(ctx).mergersByEndedId.load(m._id),
    predecessors: (m, _args, ctx) => programmeLoaders(ctx).mergersBySuccessorId.load(m._id),
    scorecard: (m, _args, ctx) => scorecard(ctx, m),
    inheritedAdoptions: async (m, _args, ctx) => {
      const mergers = await programmeLoaders(ctx).mergersBySuccessorId.load(m._id);
      const records = await ctx.loaders.adoptionsByMunicipalityId.loadMany(mergers.map((r) => r.endedId));
      return records.flatMap((r) => (r instanceof Error ? [] : r));
    },
  },
  Cooperation: {
    memberRoles: (c) => c.members ?? [],
    memberListPartial: (c) => c.memberListPartial ?? false,
    sources: (c) => c.sources ?? [],
  },
  CooperationMember: {
    municipality: async (member, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(member.municipalityId);
      if (!municipality) throw notFound('Municipality');
      return municipality;
    },
  },
  Merger: {
    id: (r) => String(r._id),
    ended: async (r, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(r.endedId);
      if (!municipality) throw notFound('Municipality');
      return municipality;
    },
    successor: async (r, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(r.successorId);
      if (!municipality) throw notFound('Municipality');
      return municipality;
    },
  },
  ScorecardRow: {
    standard: async (row, _args, ctx) => {
      const standard = await ctx.loaders.standardById.load(row.standardId);
      if (!standard) throw notFound('Standard');
      return standard;
    },
    status: (row) => row.adoption?.status ?? 'NOT_STARTED',
  },
};
