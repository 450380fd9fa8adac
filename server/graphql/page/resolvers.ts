import { can } from '../../auth/can';
import { createPage, getPage, listPages } from '../../domain/page/service';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Knowledge pages: titles here, bodies co-edited as `page:<id>`. */
export const pageResolvers: Resolvers = {
  Query: {
    pages: (_parent, args, ctx) => listPages(ctx, args),
    page: (_parent, args, ctx) => getPage(ctx, args.id),
  },
  Mutation: {
    createPage: (_parent, args, ctx) => createPage(ctx, args.input),
  },
  Page: {
    id: (p) => String(p._id),
    viewerCanEdit: (_p, _args, ctx) => can(ctx.viewer, 'page:edit'),
  },
};
