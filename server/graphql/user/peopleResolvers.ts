import type { Resolvers } from '../__generated__/resolvers-types';
import { can } from '../../auth/can';
import { changeMyPassword, updateMyName } from '../../domain/user/account';
import {
  acceptAccountLink,
  accountLinkInfo,
  createAccountLink,
  requestPasswordReset,
} from '../../domain/user/accountLinks';
import { inviteUser, listUsers, setUserActive, updateUserAccess } from '../../domain/user/people';

/** People: invitations, account links, roles, deactivation, and one's own account. */
export const peopleResolvers: Resolvers = {
  Query: {
    users: (_parent, args, ctx) => listUsers(ctx, args),
    accountLink: (_parent, args, ctx) => accountLinkInfo(ctx, args.token),
  },
  Mutation: {
    inviteUser: (_parent, args, ctx) => inviteUser(ctx, args.input),
    createAccountLink: (_parent, args, ctx) => createAccountLink(ctx, args),
    acceptAccountLink: (_parent, args, ctx) => acceptAccountLink(ctx, args),
    requestPasswordReset: (_parent, args, ctx) => requestPasswordReset(ctx, args),
    updateUserAccess: (_parent, args, ctx) => updateUserAccess(ctx, args.input),
    deactivateUser: (_parent, args, ctx) => setUserActive(ctx, args, false),
    reactivateUser: (_parent, args, ctx) => setUserActive(ctx, args, true),
    updateMyName: (_parent, args, ctx) => updateMyName(ctx, args),
    changeMyPassword: (_parent, args, ctx) => changeMyPassword(ctx, args),
  },
  User: {
    accountStatus: (user, _args, ctx) => {
      if (!can(ctx.viewer, 'user:manage')) return null;
      if (user.deactivatedAt) return 'DEACTIVATED';
      return user.passwordHash ? 'ACTIVE' : 'INVITED';
    },
    cooperation: (user, _args, ctx) =>
      user.cooperationId ? ctx.loaders.cooperationById.load(user.cooperationId) : null,
  },
};
