/**
 * The limits of a roadmap document's structured parts: the rules the GraphQL mutations enforce,
 * applied also to what writers put in the document over the co-editing socket (the projection
 * keeps to them, and the editor shows what falls outside). Shared by server and client.
 */
import { z } from 'zod';
import type { RoadmapContent } from './roadmapDocument';
import { MAX_OWNER_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TITLE_LENGTH } from './limits';

/** The years a roadmap and its items may span (createRoadmap's range). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** Longest period of a roadmap, in whole years (2025–2039 is fifteen). */
export const MAX_ROADMAP_YEARS = 15;

/** A whole year a roadmap may start or end in. */
export const roadmapYear = z
  .number()
  .int('must be a whole year')
  .min(YEAR_RANGE.min, `must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`)
  .max(YEAR_RANGE.max, `must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`);

/** A problem with a roadmap's period (start and end year, both included), or null when it is fine. */
export function roadmapPeriodProblem(startYear: number, endYear: number): string | null {
  if (endYear < startYear) return 'must not be before startYear';
  if (endYear - startYear + 1 > MAX_ROADMAP_YEARS) return `the period is at most ${MAX_ROADMAP_YEARS} years`;
  return null;
}

/** Most standards linked to one item. */
export const MAX_LINKED_STANDARDS = 50;

/** Most quick wins (initiatives) linked to one item. */
export const MAX_LINKED_INITIATIVES = 50;

/** The statuses of a roadmap item; the editor shows each with a label, an icon and a pattern. */
export const ITEM_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'AT_RISK'] as const;

/** One of {@link ITEM_STATUSES}. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** True for one of the fixed item statuses. */
export function isItemStatus(value: string | null | undefined): value is ItemStatus {
  return (ITEM_STATUSES as readonly string[]).includes(value ?? '');
}

/** What the limits did: cut a text or a list, drop a value, or leave a whole item out. */
export type RoadmapProblemKind =
  | 'titleCut'
  | 'standardsCut'
  | 'initiativesCut'
  | 'statusDropped'
  | 'laneDropped'
  | 'ownerDropped'
  | 'startYearDropped'
  | 'endYearDropped'
  | 'itemLeftOut';

/** One thing the limits changed, and in which entry. */
export interface RoadmapProblem {
  list: 'meta' | 'lanes' | 'items' | 'milestones';
  /** The entry's id (null for the meta). */
  id: string | null;
  kind: RoadmapProblemKind;
}

const isSaneYear = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/**
 * The content within the limits, and what had to give: titles over {@link MAX_TITLE_LENGTH} are
 * cut; a status outside {@link ITEM_STATUSES}, an overlong lane id or owner and surplus linked
 * standards are dropped; an item whose years are outside {@link YEAR_RANGE} (or end before they
 * start) is left out; meta years out of range are dropped (the last good value stays).
 */
export function withinLimits(content: RoadmapContent): {
  content: RoadmapContent;
  problems: RoadmapProblem[];
} {
  const problems: RoadmapProblem[] = [];
  const title = (list: RoadmapProblem['list'], id: string | null, value: string) => {
    if (value.length <= MAX_TITLE_LENGTH) return value;
    problems.push({ list, id, kind: 'titleCut' });
    return value.slice(0, MAX_TITLE_LENGTH);
  };
  const text = (id: string, kind: RoadmapProblemKind, value: string | null, max: number) => {
    if (value === null || value.length <= max) return value;
    problems.push({ list: 'items', id, kind });
    return null;
  };
  const metaYear = (field: 'startYear' | 'endYear', value: number | null) => {
    if (value === null || isSaneYear(value)) return value;
    problems.push({
      list: 'meta',
      id: null,
      kind: field === 'startYear' ? 'startYearDropped' : 'endYearDropped',
    });
    return null;
  };

  const items = content.items.flatMap((item) => {
    if (!isSaneYear(item.startYear) || !isSaneYear(item.endYear) || item.startYear > item.endYear) {
      problems.push({ list: 'items', id: item.id, kind: 'itemLeftOut' });
      return [];
    }
    let status = item.status;
    if (status !== null && !isItemStatus(status)) {
      problems.push({ list: 'items', id: item.id, kind: 'statusDropped' });
      status = null;
    }
    let standardIds = item.standardIds;
    if (standardIds.length > MAX_LINKED_STANDARDS) {
      problems.push({ list: 'items', id: item.id, kind: 'standardsCut' });
      standardIds = standardIds.slice(0, MAX_LINKED_STANDARDS);
    }
    let initiativeIds = item.initiativeIds;
    if (initiativeIds.length > MAX_LINKED_INITIATIVES) {
      problems.push({ list: 'items', id: item.id, kind: 'initiativesCut' });
      initiativeIds = initiativeIds.slice(0, MAX_LINKED_INITIATIVES);
    }
    return [
      {
        ...item,
        title: title('items', item.id, item.title),
        status,
        standardIds,
        initiativeIds,
        laneId: text(item.id, 'laneDropped', item.laneId, MAX_SHORT_TEXT_LENGTH),
        owner: text(item.id, 'ownerDropped', item.owner, MAX_OWNER_LENGTH),
      },
    ];
  });
  return {
    content: {
      meta: {
        title: content.meta.title === null ? null : title('meta', null, content.meta.title),
        startYear: metaYear('startYear', content.meta.startYear),
        endYear: metaYear('endYear', content.meta.endYear),
      },
      lanes: content.lanes.map((lane) => ({ ...lane, title: title('lanes', lane.id, lane.title) })),
      items,
      milestones: content.milestones.map((m) => ({ ...m, title: title('milestones', m.id, m.title) })),
      problems: content.problems,
    },
    problems,
  };
}
