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

/** The source of every kind, reading through `models` with only the fields search needs. */
export function searchSources(models: Models): Record<SearchKind, SearchSource> {
  return {
    async STANDARD(ids) {
      const rows = await models.Standard.find(byObjectIds(ids), {
        slug: 1,
        name: 1,
        summary: 1,
        owner: 1,
      }).lean();
      return rows.map((s) => ({
        id: String(s._id),
        kind: 'STANDARD',
        title: s.name,
        key: s.slug,
        context: s.owner ?? null,
        keywords: `${s.slug} ${s.owner ?? ''}`,
        body: s.summary ?? '',
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
      }).lean();
      return rows.map((r) => ({
        id: String(r._id),
        kind: 'ROADMAP',
        title: r.title,
        key: String(r._id),
        context: period(r.startYear, r.endYear),
        keywords: '',
        body: r.lanes.map((lane) => lane.title).join(' · '),
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
      const rows = await models.Page.find(byObjectIds(ids), { title: 1, bodyText: 1 }).lean();
      return rows.map((p) => ({
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
