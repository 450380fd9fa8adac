import type { Resolvers } from '../__generated__/resolvers-types';
import { loadExisting } from '../../domain/loaders';
import { importAdoptions } from '../../domain/adoption/import';
import { changeObligationDeadline, createObligation } from '../../domain/programme/commands';
import { recordMerger } from '../../domain/programme/mergers';
import { can } from '../../auth/can';
import {
  explanations,
  listProgrammes,
  obligationProgress,
  obligationsOf,
  programmeBySlug,
  programmeDashboard,
} from '../../domain/programme/queries';
import { programmeLoaders } from '../../domain/programme/requestLoaders';
import { daysBetween } from '../../domain/programme/state';
import type { ObligationRecord } from '../../db/models/Obligation';
import { notFound } from '../../errors';

/** The first time an obligation's deadline moved; a record seeded by an upsert may lack the list. */
function firstChange(o: ObligationRecord) {
  return (o.deadlineChanges ?? [])[0];
}

/** Programmes, obligations, their dashboards and the leg-uit register; public to read. */
export const programmeResolvers: Resolvers = {
  Query: {
    programmes: (_parent, _args, ctx) => listProgrammes(ctx),
    programme: (_parent, args, ctx) => programmeBySlug(ctx, args.slug),
    programmeDashboard: (_parent, args, ctx) => programmeDashboard(ctx, args),
    explanations: (_parent, args, ctx) => explanations(ctx, args),
  },
  Mutation: {
    changeObligationDeadline: (_parent, { input }, ctx) => changeObligationDeadline(ctx, input),
    createObligation: (_parent, { input }, ctx) => createObligation(ctx, input),
    recordMerger: (_parent, { input }, ctx) => recordMerger(ctx, input),
    importAdoptions: (_parent, { input }, ctx) => importAdoptions(ctx, input),
  },
  Programme: {
    id: (p) => String(p._id),
    description: (p) => p.description ?? '',
    obligations: (p, _args, ctx) => obligationsOf(ctx, p._id),
    viewerCanManage: (_p, _args, ctx) => can(ctx.viewer, 'programme:manage'),
  },
  ProgrammeItem: {
    standard: (item, _args, ctx) => (item.standardId ? ctx.loaders.standardById.load(item.standardId) : null),
  },
  Obligation: {
    id: (o) => String(o._id),
    programme: async (o, _args, ctx) => {
      const programme = await programmeLoaders(ctx).programmeById.load(o.programmeId);
      if (!programme) throw notFound('Programme');
      return programme;
    },
    standard: (o, _args, ctx) => (o.standardId ? ctx.loaders.standardById.load(o.standardId) : null),
    originalDeadline: (o) => firstChange(o)?.oldDeadline ?? o.deadline ?? null,
    driftDays: (o) => {
      const first = firstChange(o);
      return first ? daysBetween(first.oldDeadline ?? null, o.deadline ?? null) : 0;
    },
    deadlineChanges: (o) => o.deadlineChanges ?? [],
    municipalities: (o, _args, ctx) => loadExisting(ctx.loaders.municipalityById, o.municipalityIds ?? []),
    cooperation: (o, _args, ctx) =>
      o.cooperationId ? ctx.loaders.cooperationById.load(o.cooperationId) : null,
    progress: (o, args, ctx) => obligationProgress(ctx, o, args.includeDemo ?? true),
    viewerCanManage: (_o, _args, ctx) => can(ctx.viewer, 'programme:manage'),
  },
  DeadlineChange: {
    recordedBy: (change, _args, ctx) => (change.byUserId ? ctx.loaders.userById.load(change.byUserId) : null),
  },
  MunicipalityProgrammeProgress: {
    municipality: async (row, _args, ctx) => {
      const municipality = await ctx.loaders.municipalityById.load(row.municipality._id);
      if (!municipality) throw notFound('Municipality');
      return municipality;
    },
  },
};
