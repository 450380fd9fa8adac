import { auditLog, auditLogFacets, subjectLabelOf } from '../../domain/audit/queries';
import type { Resolvers } from '../__generated__/resolvers-types';

/** The audit log: MANAGER and ADMIN read every subject's history, newest first, filtered. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_parent, args, ctx) => auditLog(ctx, args),
    auditLogFacets: (_parent, _args, ctx) => auditLogFacets(ctx),
  },
  AuditEvent: {
    id: (e) => String(e._id),
    actor: async (e, _args, ctx) => {
      const user = e.actorId ? await ctx.loaders.userById.load(e.actorId) : null;
      return user ? { id: String(user._id), name: user.name } : null;
    },
    subjectLabel: (e) => subjectLabelOf(e),
    apiToken: (e) => (e.apiTokenId ? { id: e.apiTokenId, name: e.apiTokenName ?? '' } : null),
  },
};
