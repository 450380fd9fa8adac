import type { Resolvers } from '../__generated__/resolvers-types';
import { DateScalar, DateTimeScalar, JSONScalar } from '../scalars';

/** The API version reported by `apiVersion`; bump on breaking schema changes. */
export const API_VERSION = '1';

/** Scalars and the root fields that belong to no domain. */
export const commonResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  JSON: JSONScalar,
  Query: {
    apiVersion: () => API_VERSION,
  },
};
