import type { Resolvers } from '../__generated__/resolvers-types';

/**
 * The fields of the Standard stub (schema/standard.graphql) on the realtime branch; the standards
 * branch owns the real resolvers and replaces this file at merge.
 */
export const standardStubResolvers: Resolvers = {
  Standard: {
    id: (standard) => String(standard._id),
  },
};
