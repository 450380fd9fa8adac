import { can } from '../../auth/can';
import { loadExisting } from '../../domain/loaders';
import { createTaskforce, updateTaskforce } from '../../domain/taskforce/commands';
import { changeTaskforceMember } from '../../domain/taskforce/membership';
import { getTaskforce, listTaskforces, taskforcePage } from '../../domain/taskforce/queries';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Taskforces and their members; readable by every signed-in user. */
export const taskforceResolvers: Resolvers = {
  Query: {
    taskforces: (_parent, _args, ctx) => listTaskforces(ctx),
    taskforce: (_parent, args, ctx) => getTaskforce(ctx, args.id),
    taskforcePage: (_parent, args, ctx) => taskforcePage(ctx, args),
  },
  Mutation: {
    addTaskforceMember: (_parent, args, ctx) => changeTaskforceMember(ctx, args, 'add'),
    removeTaskforceMember: (_parent, args, ctx) => changeTaskforceMember(ctx, args, 'remove'),
    createTaskforce: (_parent, args, ctx) => createTaskforce(ctx, args.input),
    updateTaskforce: (_parent, args, ctx) => updateTaskforce(ctx, args.input),
  },
  Taskforce: {
    id: (t) => String(t._id),
    description: (t) => t.description ?? '',
    members: (t, _args, ctx) => loadExisting(ctx.loaders.userById, t.memberIds),
    viewerCanEdit: (t, _args, ctx) => can(ctx.viewer, 'roadmap:edit', { taskforceId: String(t._id) }),
  },
};
