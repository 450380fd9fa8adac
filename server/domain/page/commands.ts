import { Types } from 'mongoose';
import { z } from 'zod';
import { objectId } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import type { PageRecord } from '../../db/models/Page';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { searchIndexChanged } from '../search/events';
import { parseInput, validTitle } from '../validation';
import { assertAllExist } from './links';
import { assertNoLoop, livePage } from './tree';

/** Why 50: a page is about a few things; a longer list is a catalogue, not a link. */
const MAX_LINKS_PER_KIND = 50;

const updateInput = z.object({
  id: objectId,
  title: z.string().nullish(),
  parentId: objectId.nullish(),
  toTop: z.boolean().nullish(),
});

const linkIds = (id: z.ZodType<string>) =>
  z
    .array(id)
    .max(MAX_LINKS_PER_KIND, `must be at most ${MAX_LINKS_PER_KIND}`)
    .transform((ids) => [...new Set(ids)]);

const linksInput = z.object({
  id: objectId,
  standardIds: linkIds(objectId),
  roadmapItemIds: linkIds(
    z.string().regex(/^[0-9a-f]{24}:[A-Za-z0-9_-]{1,64}$/, 'must be <roadmapId>:<itemId>'),
  ),
  initiativeIds: linkIds(objectId),
});

const reread = async (ctx: RequestContext, id: Types.ObjectId) =>
  (await ctx.runtime.models.Page.findById(id, { bodyText: 0 }).lean()) as PageRecord;

/** Renames and/or moves a page (`page:edit`); never under itself or one of its own pages. */
export async function updatePage(ctx: RequestContext, args: unknown) {
  const viewer = assertCan(ctx.viewer, 'page:edit');
  const input = parseInput(updateInput, args);
  const page = await livePage(ctx, input.id);
  const set: { title?: string; parentId?: Types.ObjectId | null } = {};
  if (input.title !== undefined && input.title !== null) set.title = validTitle('title', input.title);
  if (input.parentId) {
    const parent = await livePage(ctx, input.parentId, 'parentId');
    await assertNoLoop(ctx, page._id, parent._id);
    set.parentId = parent._id;
  } else if (input.toTop) set.parentId = null;
  if (Object.keys(set).length === 0) return page;
  await ctx.runtime.models.Page.updateOne({ _id: page._id }, { $set: set });
  await recordChange(ctx, viewer, {
    action: 'page:update',
    subjectType: 'Page',
    subjectId: input.id,
    before: { title: page.title, parentId: page.parentId ? String(page.parentId) : null },
    after: { ...set, parentId: 'parentId' in set ? (set.parentId ? String(set.parentId) : null) : undefined },
    events: set.title ? [searchIndexChanged('PAGE', [input.id])] : [],
  });
  return reread(ctx, page._id);
}

/** Replaces what a page links to (`page:edit`); every id must name something that exists. */
export async function setPageLinks(ctx: RequestContext, args: unknown) {
  const viewer = assertCan(ctx.viewer, 'page:edit');
  const input = parseInput(linksInput, args);
  const page = await livePage(ctx, input.id);
  const { models } = ctx.runtime;
  await assertAllExist('standardIds', input.standardIds, (ids) =>
    models.Standard.countDocuments({ _id: { $in: ids } }),
  );
  await assertAllExist('roadmapItemIds', input.roadmapItemIds, (ids) =>
    models.RoadmapItem.countDocuments({ _id: { $in: ids } }),
  );
  await assertAllExist('initiativeIds', input.initiativeIds, (ids) =>
    models.Initiative.countDocuments({ _id: { $in: ids } }),
  );
  const links = {
    standardIds: input.standardIds.map((id) => new Types.ObjectId(id)),
    roadmapItemIds: input.roadmapItemIds,
    initiativeIds: input.initiativeIds.map((id) => new Types.ObjectId(id)),
  };
  await models.Page.updateOne({ _id: page._id }, { $set: links });
  await recordChange(ctx, viewer, {
    action: 'page:setLinks',
    subjectType: 'Page',
    subjectId: input.id,
    before: {
      standardIds: (page.standardIds ?? []).map(String),
      roadmapItemIds: page.roadmapItemIds ?? [],
      initiativeIds: (page.initiativeIds ?? []).map(String),
    },
    after: {
      standardIds: input.standardIds,
      roadmapItemIds: input.roadmapItemIds,
      initiativeIds: input.initiativeIds,
    },
  });
  return reread(ctx, page._id);
}

/**
 * Moves a page to the trash (`page:edit`): out of lists and search, its publication withdrawn at
 * once (the public URL answers 404), the pages under it moved up to its parent. Its document,
 * links and history stay, so {@link restorePage} brings it back whole.
 */
export async function deletePage(ctx: RequestContext, id: string) {
  const viewer = assertCan(ctx.viewer, 'page:edit');
  const page = await livePage(ctx, id);
  const { models } = ctx.runtime;
  const deletedAt = ctx.runtime.now();
  await models.Page.updateOne({ _id: page._id }, { $set: { deletedAt } });
  const moved = await models.Page.updateMany(
    { parentId: page._id },
    { $set: { parentId: page.parentId ?? null } },
  );
  const unpublished = await models.Publication.findOneAndDelete({ kind: 'PAGE', subjectId: page._id }).lean();
  await recordChange(ctx, viewer, {
    action: 'page:delete',
    subjectType: 'Page',
    subjectId: id,
    before: { title: page.title, parentId: page.parentId ? String(page.parentId) : null },
    after: { deletedAt, childrenMoved: moved.modifiedCount, unpublishedSlug: unpublished?.slug ?? null },
    events: [searchIndexChanged('PAGE', [id])],
  });
  return reread(ctx, page._id);
}

/** Brings a page back from the trash (`page:edit`), at the top of the tree; not republished. */
export async function restorePage(ctx: RequestContext, id: string) {
  const viewer = assertCan(ctx.viewer, 'page:edit');
  const page = Types.ObjectId.isValid(id)
    ? await ctx.runtime.models.Page.findById(id, { bodyText: 0 }).lean()
    : null;
  if (!page) throw notFound('Page');
  if (!page.deletedAt) throw badUserInput('id', 'is not in the trash');
  await ctx.runtime.models.Page.updateOne({ _id: page._id }, { $set: { deletedAt: null, parentId: null } });
  await recordChange(ctx, viewer, {
    action: 'page:restore',
    subjectType: 'Page',
    subjectId: id,
    before: { deletedAt: page.deletedAt },
    after: { deletedAt: null },
    events: [searchIndexChanged('PAGE', [id])],
  });
  return reread(ctx, page._id);
}
