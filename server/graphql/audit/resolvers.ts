import { requireViewer } from '../../auth/guards';
import { badUserInput, forbidden } from '../../errors';
import type { Resolvers } from '../__generated__/resolvers-types';
import { canReadAuditLog } from '../../domain/initiative/policy';
import { pageOfQuery } from '../../db/pagination';
import type { AuditEventRecord } from '../../db/models/AuditEvent';

/** The audit log: MANAGER and ADMIN read every subject's history, newest first. */
export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_parent, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      if (!canReadAuditLog(viewer)) throw forbidden();
      if (args.subjectId.length > 100) throw badUserInput('subjectId', 'is too long');
      return pageOfQuery<AuditEventRecord>(
        ctx.runtime.models.AuditEvent,
        { subjectId: args.subjectId },
        { at: -1, _id: -1 },
        args,
      );
    },
  },
  AuditEvent: {
    id: (e) => String(e._id),
    actor: async (e, _args, ctx) => {
      const user = e.actorId ? await ctx.loaders.userById.load(e.actorId) : null;
      return user ? { id: String(user._id), name: user.name } : null;
    },
  },
};
