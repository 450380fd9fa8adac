import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { PageRecord } from '../../db/models/Page';
import { badUserInput } from '../../errors';
import type { SearchKind } from '../search/kinds';

/** What a page links to, as the `PageLink` type shows it (kind, id and key as a search hit has them). */
export interface PageLinkView {
  kind: SearchKind;
  id: string;
  title: string;
  key: string;
}

/** The standards, roadmap items and quick wins `page` links to that still exist, in that order. */
export async function linksOf(models: Models, page: PageRecord): Promise<PageLinkView[]> {
  const [standards, items, initiatives] = await Promise.all([
    page.standardIds?.length
      ? models.Standard.find({ _id: { $in: page.standardIds } }, { name: 1, slug: 1 })
          .sort({ name: 1 })
          .lean()
      : Promise.resolve([]),
    page.roadmapItemIds?.length
      ? models.RoadmapItem.find({ _id: { $in: page.roadmapItemIds } }, { title: 1, roadmapId: 1 }).lean()
      : Promise.resolve([]),
    page.initiativeIds?.length
      ? models.Initiative.find({ _id: { $in: page.initiativeIds } }, { title: 1 })
          .sort({ title: 1 })
          .lean()
      : Promise.resolve([]),
  ]);
  return [
    ...standards.map((s) => ({ kind: 'STANDARD' as const, id: String(s._id), title: s.name, key: s.slug })),
    ...items.map((item) => ({
      kind: 'ROADMAP_ITEM' as const,
      id: item._id,
      title: item.title,
      key: String(item.roadmapId),
    })),
    ...initiatives.map((i) => ({
      kind: 'INITIATIVE' as const,
      id: String(i._id),
      title: i.title,
      key: String(i._id),
    })),
  ];
}

/** The filter of pages linking to the thing `id` of `kind`; BAD_USER_INPUT for kinds pages do not link to. */
export function linkedFilter(kind: SearchKind, id: string) {
  if (kind === 'ROADMAP_ITEM') return { roadmapItemIds: id };
  if (kind !== 'STANDARD' && kind !== 'INITIATIVE')
    throw badUserInput('kind', 'pages link to standards, roadmap items and quick wins');
  if (!Types.ObjectId.isValid(id)) return null;
  return kind === 'STANDARD'
    ? { standardIds: new Types.ObjectId(id) }
    : { initiativeIds: new Types.ObjectId(id) };
}

/** Throws BAD_USER_INPUT on `field` unless every id names an existing record. */
export async function assertAllExist(
  field: string,
  ids: readonly string[],
  count: (ids: readonly string[]) => Promise<number>,
): Promise<void> {
  if (ids.length > 0 && (await count(ids)) !== ids.length)
    throw badUserInput(field, 'names something that does not exist');
}
