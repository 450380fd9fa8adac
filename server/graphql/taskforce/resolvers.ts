import { requireViewer } from '../../auth/guards';
import type { Resolvers } from '../__generated__/resolvers-types';
import { loadExisting } from '../../domain/loaders';
import { changeTaskforceMember } from '../../domain/taskforce/membership';
import { canEditTaskforceWork } from '../../domain/taskforce/policy';
import { parseObjectId } from '../../domain/validation';

/** Taskforces and their members; readable by every signed-in user. */
export const taskforceResolvers: Resolvers = {
  Query: {
    taskforces: (_parent, _args, ctx) => {
      requireViewer(ctx.viewer);
      return ctx.runtime.models.Taskforce.find().sort({ name: 1 }).lean().exec();
    },
    taskforce: (_parent, args, ctx) => {
      requireViewer(ctx.viewer);
      return ctx.loaders.taskforceById.load(parseObjectId('id', args.id));
    },
  },
  Mutation: {
    addTaskforceMember: (_parent, args, ctx) => changeTaskforceMember(ctx, args, 'add'),
    removeTaskforceMember: (_parent, args, ctx) => changeTaskforceMember(ctx, args, 'remove'),
  },
  Taskforce: {
    id: (t) => String(t._id),
    description: (t) => t.description ?? '',
    members: (t, _args, ctx) => loadExisting(ctx.loaders.userById, t.memberIds),
    viewerCanEdit: (t, _args, ctx) => canEditTaskforceWork(ctx.viewer, String(t._id)),
  },
};
