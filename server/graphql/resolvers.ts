import { mergeResolvers } from '@graphql-tools/merge';
import type { Resolvers } from './__generated__/resolvers-types';
import { apiTokenResolvers } from './apiToken/resolvers';
import { auditResolvers } from './audit/resolvers';
import { adoptionResolvers } from './adoption/resolvers';
import { commonResolvers } from './common/resolvers';
import { cooperationResolvers } from './cooperation/resolvers';
import { initiativeResolvers } from './initiative/resolvers';
import { municipalityResolvers } from './municipality/resolvers';
import { notificationResolvers } from './notification/resolvers';
import { mailResolvers } from './mail/resolvers';
import { standardResolvers } from './standard/resolvers';
import { pageResolvers } from './page/resolvers';
import { programmeMunicipalityResolvers } from './programme/municipality';
import { programmeResolvers } from './programme/resolvers';
import { publicationResolvers } from './publication/resolvers';
import { reviewResolvers } from './review/resolvers';
import { roadmapResolvers } from './roadmap/resolvers';
import { searchResolvers } from './search/resolvers';
import { taskforceResolvers } from './taskforce/resolvers';
import { userResolvers } from './user/resolvers';
import { peopleResolvers } from './user/peopleResolvers';

/** The resolvers of every domain, merged; a domain adds its map here. */
export const resolvers: Resolvers = mergeResolvers([
  commonResolvers,
  userResolvers,
  municipalityResolvers,
  taskforceResolvers,
  initiativeResolvers,
  auditResolvers,
  apiTokenResolvers,
  standardResolvers,
  adoptionResolvers,
  notificationResolvers,
  mailResolvers,
  roadmapResolvers,
  pageResolvers,
  publicationResolvers,
  searchResolvers,
  programmeResolvers,
  programmeMunicipalityResolvers,
  reviewResolvers,
  peopleResolvers,
  cooperationResolvers,
]) as Resolvers;
