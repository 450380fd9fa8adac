import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import type { SearchDocument, SearchKind } from './kinds';

/**
 * Reads one kind's searchable records: every one (`ids` undefined) or those with these ids. Ended
 * (merged) municipalities are left out, so asking for one by id tells the index to drop it.
 */
export type SearchSource = (ids?: readonly string[]) => Promise<SearchDocument[]>;

const byIds = (ids?: readonly string[]) => (ids ? { _id: { $in: [...ids] } } : {});

/**
 * Like {@link byIds} for collections keyed by ObjectId. An id that is no ObjectId cannot exist, and
 * must not reach the query: its cast error would fail every search until the id was dropped.
 */
const byObjectIds = (ids?: readonly string[]) => byIds(ids?.filter((id) => Types.ObjectId.isValid(id)));

function period(startYear: number, endYear: number): string {
  return `${startYear}–${endYear}`;
}

/** The non-empty parts of a document's body, one per line. */
function joinText(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join('\n');
}

/**
 * Comment bodies per roadmap id (of `roadmapIds`, or of every roadmap): search finds a roadmap by
 * what was said about its items. Only the words: who said it is not indexed.
 */
async function commentsByRoadmap(
  models: Models,
  roadmapIds: readonly string[] | undefined,
): Promise<Map<string, string[]>> {
  const filter = roadmapIds
    ? { roadmapId: { $in: roadmapIds.filter((id) => Types.ObjectId.isValid(id)) } }
    : {};
  const rows = await models.RoadmapComment.find(filter, { roadmapId: 1, body: 1 }).lean();
  const byRoadmap = new Map<string, string[]>();
  for (const row of rows) {
    const key = String(row.roadmapId);
    byRoadmap.set(key, [...(byRoadmap.get(key) ?? []), row.body]);
  }
  return byRoadmap;
}

/** The source of every kind, reading through `models` with only the fields search needs. */
export function searchSources(models: Models): Record<SearchKind, SearchSource> {
  return {
    async STANDARD(ids) {
      const rows = await models.Standard.find(byObjectIds(ids), {
        slug: 1,
        name: 1,
        summary: 1,
        owner: 1,
        descriptionText: 1,
      }).lean();
      return rows.map((s) => ({
        id: String(s._id),
        kind: 'STANDARD',
        title: s.name,
        key: s.slug,
        context: s.owner ?? null,
        keywords: `${s.slug} ${s.owner ?? ''}`,
        body: joinText([s.summary, s.descriptionText]),
      }));
    },
    async MUNICIPALITY(ids) {
      const rows = await models.Municipality.find(byIds(ids), {
        name: 1,
        officialName: 1,
        province: 1,
        validUntil: 1,
      }).lean();
      return rows
        .filter((m) => !m.validUntil)
        .map((m) => ({
          id: m._id,
          kind: 'MUNICIPALITY',
          title: m.name,
          key: m._id,
          context: m.province,
          keywords: `${m._id} ${m.officialName === m.name ? '' : m.officialName} ${m.province}`,
          body: '',
        }));
    },
    async ROADMAP(ids) {
      const rows = await models.Roadmap.find(byObjectIds(ids), {
        title: 1,
        startYear: 1,
        endYear: 1,
        lanes: 1,
        milestones: 1,
        visionText: 1,
      }).lean();
      const comments = await commentsByRoadmap(models, rows.length === 0 ? [] : ids);
      return rows.map((r) => ({
        id: String(r._id),
        kind: 'ROADMAP',
        title: r.title,
        key: String(r._id),
        context: period(r.startYear, r.endYear),
        keywords: '',
        // The vision first: the snippet shows the start of the body when no word is found in it.
        body: joinText([
          r.visionText,
          r.lanes.map((lane) => lane.title).join(' · '),
          r.milestones.map((milestone) => milestone.title).join(' · '),
          ...(comments.get(String(r._id)) ?? []),
        ]),
      }));
    },
    async ROADMAP_ITEM(ids) {
      const rows = await models.RoadmapItem.find(byIds(ids), {
        roadmapId: 1,
        title: 1,
        startYear: 1,
        endYear: 1,
        owner: 1,
      }).lean();
      const roadmapIds = [...new Set(rows.map((item) => String(item.roadmapId)))];
      const roadmaps = roadmapIds.length
        ? await models.Roadmap.find({ _id: { $in: roadmapIds } }, { title: 1 }).lean()
        : [];
      const titles = new Map(roadmaps.map((r) => [String(r._id), r.title]));
      return rows.map((item) => ({
        id: item._id,
        kind: 'ROADMAP_ITEM',
        title: item.title,
        key: String(item.roadmapId),
        context: `${titles.get(String(item.roadmapId)) ?? ''} · ${period(item.startYear, item.endYear)}`,
        keywords: item.owner ?? '',
        body: '',
      }));
    },
    async INITIATIVE(ids) {
      const rows = await models.Initiative.find(byObjectIds(ids), { title: 1, description: 1 }).lean();
      return rows.map((i) => ({
        id: String(i._id),
        kind: 'INITIATIVE',
        title: i.title,
        key: String(i._id),
        context: null,
        keywords: '',
        body: i.description ?? '',
      }));
    },
    async PAGE(ids) {
      const rows = await models.Page.find(byObjectIds(ids), { title: 1, bodyText: 1, deletedAt: 1 }).lean();
      // Pages in the trash are not found; asking for one by id tells the index to drop it.
      return rows
        .filter((p) => !p.deletedAt)
        .map((p) => ({
          id: String(p._id),
          kind: 'PAGE',
          title: p.title,
          key: String(p._id),
          context: null,
          keywords: '',
          body: p.bodyText ?? '',
        }));
    },
  };
}
