import { Types } from 'mongoose';
import { isObjectId } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { searchIndexChanged } from '../search/events';
import { validTitle } from '../validation';

/** The projected body text is for search only: up to 20,000 characters no Page field shows. */
const WITHOUT_BODY_TEXT = { bodyText: 0 } as const;

/** A page of knowledge pages by title; everyone signed in. */
export function listPages(ctx: RequestContext, args: PageArgs) {
  assertCan(ctx.viewer, 'page:read');
  return pageOfQuery(ctx.runtime.models.Page, {}, { title: 1, _id: 1 }, args, WITHOUT_BODY_TEXT);
}

/** One knowledge page, or null (also for a malformed id, as `roadmap(id)` answers). */
export function getPage(ctx: RequestContext, id: string) {
  assertCan(ctx.viewer, 'page:read');
  return isObjectId(id) ? ctx.runtime.models.Page.findById(id, WITHOUT_BODY_TEXT).lean().exec() : null;
}

/** Creates a knowledge page with a title; its body is co-edited as `page:<id>`. */
export async function createPage(ctx: RequestContext, input: { title: string }) {
  const viewer = assertCan(ctx.viewer, 'page:edit');
  const title = validTitle('title', input.title);
  const page = await ctx.runtime.models.Page.create({ title, createdById: new Types.ObjectId(viewer.id) });
  await recordChange(ctx, viewer, {
    action: 'page:create',
    subjectType: 'Page',
    subjectId: String(page._id),
    after: { title },
    events: [searchIndexChanged('PAGE', [String(page._id)])],
  });
  return page.toObject();
}
