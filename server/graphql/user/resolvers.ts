import type { Resolvers } from '../__generated__/resolvers-types';
import { can } from '../../auth/can';
import { login, logout } from '../../domain/user/service';

/** Accounts: sign in, sign out, who am I. */
export const userResolvers: Resolvers = {
  Query: {
    me: async (_parent, _args, ctx) => (ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.id) : null),
  },
  Mutation: {
    login: (_parent, args, ctx) => login(ctx, args),
    logout: (_parent, _args, ctx) => logout(ctx),
  },
  User: {
    id: (user) => String(user._id),
    email: (user, _args, ctx) =>
      can(ctx.viewer, 'user:readEmail', { userId: String(user._id) }) ? user.email : null,
    municipality: (user, _args, ctx) =>
      user.municipalityId ? ctx.loaders.municipalityById.load(user.municipalityId) : null,
    taskforces: (user, _args, ctx) => ctx.loaders.taskforcesByMemberId.load(user._id),
  },
};
