import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from './__generated__/resolvers-types';
import { commonResolvers } from './common/resolvers';
import { municipalityResolvers } from './municipality/resolvers';
import { pageResolvers } from './page/resolvers';
import { roadmapResolvers } from './roadmap/resolvers';
import { standardStubResolvers } from './standard/stubResolvers';
import { taskforceResolvers } from './taskforce/resolvers';
import { userResolvers } from './user/resolvers';

/** The resolvers of every domain, merged; a domain adds its map here. */
export const resolvers: Resolvers = mergeResolvers([
  commonResolvers,
  userResolvers,
  municipalityResolvers,
  taskforceResolvers,
  standardStubResolvers,
  roadmapResolvers,
  pageResolvers,
]) as Resolvers;
