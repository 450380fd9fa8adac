import { Types } from 'mongoose';
import type { PageRecord } from '../../db/models/Page';
import { badUserInput, notFound } from '../../errors';
import type { RequestContext } from '../context';

/** The page `id`, not in the trash: NOT_FOUND for the page itself, BAD_USER_INPUT on `field` for a parent. */
export async function livePage(
  ctx: RequestContext,
  id: string,
  field: string | null = null,
): Promise<PageRecord> {
  const page = Types.ObjectId.isValid(id)
    ? await ctx.runtime.models.Page.findOne({ _id: id, deletedAt: null }, { bodyText: 0 }).lean()
    : null;
  if (page) return page;
  throw field ? badUserInput(field, 'is not a page') : notFound('Page');
}

/**
 * Refuses to move `pageId` under `parentId` when that is the page itself or one of its own pages:
 * the tree would get a loop. Walks up from the parent (a tree is a few levels deep).
 */
export async function assertNoLoop(
  ctx: RequestContext,
  pageId: Types.ObjectId,
  parentId: Types.ObjectId,
): Promise<void> {
  const seen = new Set<string>();
  let current: Types.ObjectId | null = parentId;
  while (current && !seen.has(String(current))) {
    if (current.equals(pageId)) throw badUserInput('parentId', 'is the page itself or a page under it');
    seen.add(String(current));
    const above: Pick<PageRecord, 'parentId'> | null = await ctx.runtime.models.Page.findById(current, {
      parentId: 1,
    }).lean();
    current = above?.parentId ?? null;
  }
}
