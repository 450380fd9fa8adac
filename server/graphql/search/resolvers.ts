import type { Resolvers } from '../__generated__/resolvers-types';
import { search } from '../../domain/search/service';

/** Search across the kinds the viewer may read. */
export const searchResolvers: Resolvers = {
  Query: {
    search: (_parent, args, ctx) => search(ctx, args),
  },
};
