import { Types } from 'mongoose';
import { z } from 'zod';
import { documentName, RichTextField } from '../../../common/collab';
import { PAGE_TEMPLATES, PAGE_TEMPLATE_KEYS } from '../../../common/pageTemplates';
import { richTextBlock } from '../../../common/richText';
import { objectId, isObjectId } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import type { ChangeOrigin } from '../liveDocuments';
import type { SearchKind } from '../search/kinds';
import { searchIndexChanged } from '../search/events';
import { parseInput, validTitle } from '../validation';
import { linkedFilter } from './links';
import { livePage } from './tree';

/** The projected body text is for search only: up to 20,000 characters no Page field shows. */
const WITHOUT_BODY_TEXT = { bodyText: 0 } as const;

/** A page of knowledge pages (not in the trash) by title; everyone signed in. */
export function listPages(ctx: RequestContext, args: PageArgs) {
  assertCan(ctx.viewer, 'page:read');
  return pageOfQuery(
    ctx.runtime.models.Page,
    { deletedAt: null },
    { title: 1, _id: 1 },
    args,
    WITHOUT_BODY_TEXT,
  );
}

/** Pages in the trash, most recently deleted first; everyone signed in. */
export function listTrashedPages(ctx: RequestContext, args: PageArgs) {
  assertCan(ctx.viewer, 'page:read');
  return pageOfQuery(
    ctx.runtime.models.Page,
    { deletedAt: { $ne: null } },
    { deletedAt: -1, _id: 1 },
    args,
    WITHOUT_BODY_TEXT,
  );
}

/** One knowledge page, or null (also for a malformed id, as `roadmap(id)` answers). */
export function getPage(ctx: RequestContext, id: string) {
  assertCan(ctx.viewer, 'page:read');
  return isObjectId(id) ? ctx.runtime.models.Page.findById(id, WITHOUT_BODY_TEXT).lean().exec() : null;
}

/** Pages (not in the trash) under `parentId`, by title. */
export function childPages(ctx: RequestContext, parentId: Types.ObjectId) {
  assertCan(ctx.viewer, 'page:read');
  return ctx.runtime.models.Page.find({ parentId, deletedAt: null }, WITHOUT_BODY_TEXT)
    .sort({ title: 1 })
    .lean()
    .exec();
}

/** Pages (not in the trash) that link to the standard, roadmap item or quick win `id`, by title. */
export async function linkedPages(ctx: RequestContext, kind: SearchKind, id: string) {
  assertCan(ctx.viewer, 'page:read');
  const filter = linkedFilter(kind, id);
  if (!filter) return [];
  return ctx.runtime.models.Page.find({ ...filter, deletedAt: null }, WITHOUT_BODY_TEXT)
    .sort({ title: 1 })
    .lean()
    .exec();
}

const createInput = z.object({
  title: z.string(),
  template: z.enum(PAGE_TEMPLATE_KEYS as [string, ...string[]]).nullish(),
  parentId: objectId.nullish(),
});

/**
 * Creates a knowledge page with a title, under `parentId` when given, its body co-edited as
 * `page:<id>`; from a template, the body starts with the template's section headings, each
 * followed by an empty paragraph to write in.
 */
export async function createPage(ctx: RequestContext, args: unknown) {
  const viewer = assertCan(ctx.viewer, 'page:edit');
  const input = parseInput(createInput, args);
  const title = validTitle('title', input.title);
  const parent = input.parentId ? await livePage(ctx, input.parentId, 'parentId') : null;
  const page = await ctx.runtime.models.Page.create({
    title,
    createdById: new Types.ObjectId(viewer.id),
    parentId: parent?._id ?? null,
  });
  const id = String(page._id);
  const template = input.template ? PAGE_TEMPLATES[input.template as keyof typeof PAGE_TEMPLATES] : null;
  if (template) {
    const origin: ChangeOrigin = { userId: viewer.id };
    await ctx.runtime.documents.with(documentName('page', id), async (live) => {
      live.doc.transact(() => {
        live.doc.getXmlFragment(RichTextField.page).insert(
          0,
          template.headings.flatMap((heading) => [
            richTextBlock('heading', heading, 2),
            richTextBlock('paragraph', ''),
          ]),
        );
      }, origin);
      await live.project();
    });
  }
  await recordChange(ctx, viewer, {
    action: 'page:create',
    subjectType: 'Page',
    subjectId: id,
    after: { title, template: input.template ?? null, parentId: parent ? String(parent._id) : null },
    events: [searchIndexChanged('PAGE', [id])],
  });
  return (await ctx.runtime.models.Page.findById(page._id, WITHOUT_BODY_TEXT).lean())!;
}
