import { diffWords } from 'diff';
import type { ItemContent, LaneContent, MilestoneContent } from '../../../common/roadmapDocument';

/** What the comparison reads of one state of a roadmap (a saved version, or now). */
export interface RoadmapSnapshot {
  lanes: readonly LaneContent[];
  items: readonly ItemContent[];
  milestones: readonly MilestoneContent[];
  /** The vision as plain text, one line per block. */
  vision: string;
}

/** A field of an item that can differ between two states. */
export type ItemField = 'TITLE' | 'STATUS' | 'LANE' | 'YEARS';

/** One slipped item or milestone (see {@link compareSnapshots}). */
export interface DriftEntry {
  kind: 'ITEM' | 'MILESTONE';
  id: string;
  title: string;
  from: string;
  to: string;
  years: number;
  days: number | null;
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  new Map(list.map((entry) => [entry.id, entry]));
const summary = (item: { id: string; title: string }) => ({ id: item.id, title: item.title });
const yearOf = (date: string) => Number(date.slice(0, 4));
const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function itemFields(then: ItemContent, now: ItemContent): ItemField[] {
  const fields: ItemField[] = [];
  if (then.title !== now.title) fields.push('TITLE');
  if (then.status !== now.status) fields.push('STATUS');
  if (then.laneId !== now.laneId) fields.push('LANE');
  if (then.startYear !== now.startYear || then.endYear !== now.endYear) fields.push('YEARS');
  return fields;
}

/**
 * Plan versus plan: `now` compared with `then` (a saved version). Items added, removed, moved in
 * time and changed (title, status, lane, years); milestones added, removed and moved; lanes added,
 * removed and renamed; the vision as a word diff; and the drift: every item whose end year and
 * every milestone whose date moved later, most years first. Pure: the caller reads both states.
 */
export function compareSnapshots(then: RoadmapSnapshot, now: RoadmapSnapshot) {
  const thenItems = byId(then.items);
  const nowItems = byId(now.items);
  const laneTitle = (snapshot: RoadmapSnapshot, laneId: string | null) =>
    snapshot.lanes.find((lane) => lane.id === laneId)?.title ?? null;

  const changed = now.items.flatMap((item) => {
    const before = thenItems.get(item.id);
    const fields = before ? itemFields(before, item) : [];
    if (!before || fields.length === 0) return [];
    return [
      {
        id: item.id,
        title: item.title,
        fields,
        fromTitle: before.title,
        toTitle: item.title,
        fromStatus: before.status,
        toStatus: item.status,
        fromLane: laneTitle(then, before.laneId),
        toLane: laneTitle(now, item.laneId),
        from: { startYear: before.startYear, endYear: before.endYear },
        to: { startYear: item.startYear, endYear: item.endYear },
      },
    ];
  });

  const thenMilestones = byId(then.milestones);
  const nowMilestones = byId(now.milestones);
  const milestonesMoved = now.milestones.flatMap((milestone) => {
    const before = thenMilestones.get(milestone.id);
    if (!before || before.date === milestone.date) return [];
    return [{ id: milestone.id, title: milestone.title, fromDate: before.date, toDate: milestone.date }];
  });

  const thenLanes = byId(then.lanes);
  const nowLanes = byId(now.lanes);

  const drift: DriftEntry[] = [
    ...changed
      .filter((item) => item.to.endYear > item.from.endYear)
      .map((item) => ({
        kind: 'ITEM' as const,
        id: item.id,
        title: item.title,
        from: String(item.from.endYear),
        to: String(item.to.endYear),
        years: item.to.endYear - item.from.endYear,
        days: null,
      })),
    ...milestonesMoved
      .filter((milestone) => milestone.toDate > milestone.fromDate)
      .map((milestone) => ({
        kind: 'MILESTONE' as const,
        id: milestone.id,
        title: milestone.title,
        from: milestone.fromDate,
        to: milestone.toDate,
        years: yearOf(milestone.toDate) - yearOf(milestone.fromDate),
        days: daysFrom(milestone.fromDate, milestone.toDate),
      })),
  ].sort((a, b) => b.years - a.years || (b.days ?? 0) - (a.days ?? 0) || a.title.localeCompare(b.title));

  return {
    added: now.items.filter((item) => !thenItems.has(item.id)).map(summary),
    removed: then.items.filter((item) => !nowItems.has(item.id)).map(summary),
    moved: changed
      .filter((item) => item.fields.includes('YEARS'))
      .map(({ id, title, from, to }) => ({ id, title, from, to })),
    changed,
    milestonesAdded: now.milestones.filter((milestone) => !thenMilestones.has(milestone.id)),
    milestonesRemoved: then.milestones.filter((milestone) => !nowMilestones.has(milestone.id)),
    milestonesMoved,
    lanes: {
      added: now.lanes.filter((lane) => !thenLanes.has(lane.id)),
      removed: then.lanes.filter((lane) => !nowLanes.has(lane.id)),
      renamed: now.lanes.flatMap((lane) => {
        const before = thenLanes.get(lane.id);
        return before && before.title !== lane.title
          ? [{ id: lane.id, fromTitle: before.title, toTitle: lane.title }]
          : [];
      }),
    },
    vision: visionDiff(then.vision, now.vision),
    drift,
  };
}

/** What {@link compareSnapshots} returns. */
export type SnapshotComparison = ReturnType<typeof compareSnapshots>;

/** A word diff of two texts, as runs of unchanged, added and removed text. */
export function visionDiff(then: string, now: string) {
  if (then === now) return { changed: false, parts: then ? [{ kind: 'SAME' as const, text: then }] : [] };
  const parts = diffWords(then, now).map((change) => ({
    kind: change.added ? ('ADDED' as const) : change.removed ? ('REMOVED' as const) : ('SAME' as const),
    text: change.value,
  }));
  return { changed: true, parts };
}
