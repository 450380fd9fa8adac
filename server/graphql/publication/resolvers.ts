import { publish, unpublish } from '../../domain/publication/commands';
import {
  listPublications,
  municipalityPublications,
  publicationOf,
  publicPage,
  publicQuickWin,
  publicRoadmap,
  roadmapExport,
} from '../../domain/publication/queries';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Publications and the public read model (server/domain/publication/readModel.ts). */
export const publicationResolvers: Resolvers = {
  Query: {
    publications: (_parent, args, ctx) => listPublications(ctx, args),
    publicRoadmap: (_parent, args, ctx) => publicRoadmap(ctx, args.slug),
    publicQuickWin: (_parent, args, ctx) => publicQuickWin(ctx, args.slug),
    publicPage: (_parent, args, ctx) => publicPage(ctx, args.slug),
    municipalityPublications: (_parent, args, ctx) => municipalityPublications(ctx, args.code),
    publication: (_parent, args, ctx) => publicationOf(ctx, args.kind, args.subjectId),
    roadmapExport: (_parent, args, ctx) => roadmapExport(ctx, args.id),
  },
  Mutation: {
    publish: (_parent, args, ctx) => publish(ctx, args.input),
    unpublish: (_parent, args, ctx) => unpublish(ctx, args),
  },
};
