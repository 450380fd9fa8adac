import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/apiToken/service';
import type { Resolvers } from '../__generated__/resolvers-types';

/** API tokens: created and revoked by admins and a municipality's editors, listed with their last use. */
export const apiTokenResolvers: Resolvers = {
  Query: {
    apiTokens: (_parent, args, ctx) => listApiTokens(ctx, args),
  },
  Mutation: {
    createApiToken: (_parent, { input }, ctx) => createApiToken(ctx, input),
    revokeApiToken: (_parent, { id }, ctx) => revokeApiToken(ctx, id),
  },
  ApiToken: {
    id: (t) => t.publicId,
    municipality: (t, _args, ctx) =>
      t.municipalityId ? ctx.loaders.municipalityById.load(t.municipalityId) : null,
    createdBy: async (t, _args, ctx) => {
      const user = await ctx.loaders.userById.load(String(t.createdBy));
      return user ? { id: String(user._id), name: user.name } : null;
    },
    active: (t, _args, ctx) => !t.revokedAt && t.expiresAt.getTime() > ctx.runtime.now().getTime(),
  },
};
