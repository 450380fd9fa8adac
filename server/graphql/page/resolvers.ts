import { can } from '../../auth/can';
import { deletePage, restorePage, setPageLinks, updatePage } from '../../domain/page/commands';
import { linksOf } from '../../domain/page/links';
import {
  childPages,
  createPage,
  getPage,
  linkedPages,
  listPages,
  listTrashedPages,
} from '../../domain/page/service';
import type { Resolvers } from '../__generated__/resolvers-types';

/** Knowledge pages: titles, the tree, links and the trash here; bodies co-edited as `page:<id>`. */
export const pageResolvers: Resolvers = {
  Query: {
    pages: (_parent, args, ctx) => listPages(ctx, args),
    page: (_parent, args, ctx) => getPage(ctx, args.id),
    trashedPages: (_parent, args, ctx) => listTrashedPages(ctx, args),
    linkedPages: (_parent, args, ctx) => linkedPages(ctx, args.kind, args.id),
  },
  Mutation: {
    createPage: (_parent, args, ctx) => createPage(ctx, args.input),
    updatePage: (_parent, args, ctx) => updatePage(ctx, args.input),
    setPageLinks: (_parent, args, ctx) => setPageLinks(ctx, args.input),
    deletePage: (_parent, args, ctx) => deletePage(ctx, args.id),
    restorePage: (_parent, args, ctx) => restorePage(ctx, args.id),
  },
  Page: {
    id: (p) => String(p._id),
    viewerCanEdit: (_p, _args, ctx) => can(ctx.viewer, 'page:edit'),
    parent: (p, _args, ctx) => (p.parentId ? getPage(ctx, String(p.parentId)) : null),
    children: (p, _args, ctx) => childPages(ctx, p._id),
    deletedAt: (p) => p.deletedAt ?? null,
    links: (p, _args, ctx) => linksOf(ctx.runtime.models, p),
  },
};
