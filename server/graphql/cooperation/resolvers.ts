import type { Resolvers } from '../__generated__/resolvers-types';
import { reportAdoptionForCooperation } from '../../domain/cooperation/report';
import {
  changeCooperationMember,
  cooperationPage,
  createCooperation,
  updateCooperation,
} from '../../domain/cooperation/service';

/** Cooperations (samenwerkingsverbanden): setting them up, and reporting on their members' behalf. */
export const cooperationResolvers: Resolvers = {
  Query: {
    cooperationPage: (_parent, args, ctx) => cooperationPage(ctx, args),
  },
  Mutation: {
    createCooperation: (_parent, args, ctx) => createCooperation(ctx, args.input),
    updateCooperation: (_parent, args, ctx) => updateCooperation(ctx, args.input),
    addCooperationMember: (_parent, args, ctx) => changeCooperationMember(ctx, args, 'add'),
    removeCooperationMember: (_parent, args, ctx) => changeCooperationMember(ctx, args, 'remove'),
    reportAdoptionForCooperation: (_parent, args, ctx) => reportAdoptionForCooperation(ctx, args.input),
  },
  Adoption: {
    reportedFor: (a, _args, ctx) =>
      a.cooperationId ? ctx.loaders.cooperationById.load(a.cooperationId) : null,
  },
  AdoptionHistoryEntry: {
    cooperation: (entry, _args, ctx) =>
      entry.cooperationId ? ctx.loaders.cooperationById.load(entry.cooperationId) : null,
  },
};
