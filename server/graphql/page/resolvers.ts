import { Types } from 'mongoose';
import { requireViewer } from '../../auth/guards';
import { forbidden } from '../../errors';
import { canEditPages } from '../../realtime/access';
import { publishSearchChange } from '../../domain/search/events';
import type { Resolvers } from '../__generated__/resolvers-types';
import { pageOfQuery } from '../../db/pagination';
import { validTitle } from '../../domain/validation';

/** The projected body text is for search only: up to 20,000 characters no Page field shows. */
const WITHOUT_BODY_TEXT = { bodyText: 0 } as const;

/** Knowledge pages: titles here, bodies co-edited as `page:<id>`. */
export const pageResolvers: Resolvers = {
  Query: {
    pages: (_parent, args, ctx) => {
      requireViewer(ctx.viewer);
      return pageOfQuery(ctx.runtime.models.Page, {}, { title: 1, _id: 1 }, args, WITHOUT_BODY_TEXT);
    },
    page: (_parent, args, ctx) => {
      requireViewer(ctx.viewer);
      return Types.ObjectId.isValid(args.id)
        ? ctx.runtime.models.Page.findById(args.id, WITHOUT_BODY_TEXT).lean().exec()
        : null;
    },
  },
  Mutation: {
    createPage: async (_parent, args, ctx) => {
      const viewer = requireViewer(ctx.viewer);
      if (!canEditPages(viewer)) throw forbidden();
      const title = validTitle('title', args.input.title);
      const page = await ctx.runtime.models.Page.create({
        title,
        createdById: new Types.ObjectId(viewer.id),
      });
      publishSearchChange(ctx.runtime.pubsub, 'PAGE', [String(page._id)]);
      return page.toObject();
    },
  },
  Page: {
    id: (p) => String(p._id),
    viewerCanEdit: (_p, _args, ctx) => canEditPages(ctx.viewer),
  },
};
