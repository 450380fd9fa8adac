import type { InitiativeRecord } from '../../db/models/Initiative';
import type { ObligationRecord } from '../../db/models/Obligation';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import type { RequestContext } from '../context';
import { isObjectId } from '../../../common/validation';
import { loadExisting } from '../loaders';
import { cooperationMembers, programmeData } from '../programme/readModel';
import { todayOf } from '../programme/state';
import { readableRoadmap } from './policy';
import {
  isLate,
  rolloutFigures,
  standardFigures,
  targetReached,
  totalsOf,
  type RealityTotals,
  type RolloutFigures,
  type StandardFigures,
} from './realityFigures';

/** One item's plan versus reality. */
export interface ItemReality {
  itemId: string;
  standards: StandardFigures[];
  initiatives: RolloutFigures[];
  totals: RealityTotals;
  late: boolean;
}

/** A roadmap's plan versus reality: per item, per lane and in total. */
export interface RoadmapRealityResult {
  roadmapId: string;
  year: number;
  items: ItemReality[];
  lanes: Array<{ laneId: string | null; totals: RealityTotals }>;
  totals: RealityTotals;
}

/**
 * The quick wins each item links: those in the item's `initiativeIds` (the roadmap document) and
 * those whose `roadmapItemIds` name the item's record id (`<roadmapId>:<itemId>`, the quick win's
 * side of the link). Read from the projected items and the initiatives, never from the document.
 */
async function linkedInitiatives(ctx: RequestContext, items: readonly RoadmapItemRecord[]) {
  const fromQuickWins = await ctx.runtime.models.Initiative.find(
    { roadmapItemIds: { $in: items.map((item) => item._id) } },
    { _id: 1, roadmapItemIds: 1 },
  )
    .lean<Array<Pick<InitiativeRecord, '_id' | 'roadmapItemIds'>>>()
    .exec();
  const byItem = new Map(items.map((item) => [item._id, new Set(item.initiativeIds ?? [])]));
  for (const initiative of fromQuickWins) {
    for (const recordId of initiative.roadmapItemIds) byItem.get(recordId)?.add(String(initiative._id));
  }
  return byItem;
}

/**
 * Plan versus reality of the roadmap `roadmapId`, from the read models: the projected items (the
 * server-side index of each item's links, kept by the realtime layer's projection), the adoption
 * status read model, the programmes' obligations and the quick wins' participants. Readers of the
 * roadmap only.
 */
export async function roadmapReality(ctx: RequestContext, roadmapId: string): Promise<RoadmapRealityResult> {
  const { roadmap } = await readableRoadmap(ctx, roadmapId);
  const items = await ctx.runtime.roadmapItems.itemsOf(roadmap);
  const initiativesByItem = await linkedInitiatives(ctx, items);
  // Ids come from the document, where a writer on the socket may put anything: only real records count.
  const standardIds = [...new Set(items.flatMap((item) => item.standardIds))].filter(isObjectId);
  const initiativeIds = [...new Set([...initiativesByItem.values()].flatMap((ids) => [...ids]))].filter(
    isObjectId,
  );

  const [municipalities, cells, members, programmes, initiatives, knownStandards] = await Promise.all([
    ctx.loaders.currentMunicipalities(),
    ctx.loaders.adoptionCells(),
    cooperationMembers(ctx),
    programmeData(ctx),
    initiativeIds.length === 0
      ? []
      : ctx.runtime.models.Initiative.find({ _id: { $in: initiativeIds } }, { _id: 1, participants: 1 })
          .lean<Array<Pick<InitiativeRecord, '_id' | 'participants'>>>()
          .exec(),
    loadExisting(ctx.loaders.standardById, standardIds),
  ]);
  const obligationsByStandard = new Map<string, ObligationRecord[]>();
  for (const obligation of programmes.obligations) {
    if (!obligation.standardId) continue;
    const key = String(obligation.standardId);
    obligationsByStandard.set(key, [...(obligationsByStandard.get(key) ?? []), obligation]);
  }
  const now = ctx.runtime.now();
  const world = {
    municipalityIds: municipalities.map((m) => m._id),
    obligationsByStandard,
    members,
    cells,
    today: todayOf(now),
  };
  const standards = new Map(
    knownStandards.map((s) => [String(s._id), standardFigures(String(s._id), world)]),
  );
  // A link to a quick win that no longer exists is left out (as `standards` skips unknown ids).
  const rollouts = new Map(
    initiatives.map((i) => [String(i._id), rolloutFigures(String(i._id), i.participants)]),
  );
  const year = now.getUTCFullYear();

  const judged = items.map((item) => {
    const itemStandards = item.standardIds.flatMap((id) => standards.get(id) ?? []);
    const itemRollouts = [...(initiativesByItem.get(item._id) ?? [])].flatMap((id) => rollouts.get(id) ?? []);
    const late = isLate(item.endYear, year, targetReached(item.status, itemStandards, itemRollouts));
    return {
      item,
      late,
      standardIds: itemStandards.map((s) => s.standardId),
      initiativeIds: itemRollouts.map((r) => r.initiativeId),
      standards: itemStandards,
      initiatives: itemRollouts,
    };
  });

  const laneIds = new Set(roadmap.lanes.map((lane) => lane.id));
  const laneOf = (laneId: string | null) => (laneId && laneIds.has(laneId) ? laneId : null);
  const lanes = [...roadmap.lanes.map((lane) => lane.id as string | null), null]
    .map((laneId) => ({ laneId, members: judged.filter((j) => laneOf(j.item.laneId) === laneId) }))
    .filter((lane) => lane.laneId !== null || lane.members.length > 0)
    .map((lane) => ({ laneId: lane.laneId, totals: totalsOf(lane.members, standards, rollouts) }));

  return {
    roadmapId: String(roadmap._id),
    year,
    items: judged.map((j) => ({
      itemId: j.item.itemId,
      standards: j.standards,
      initiatives: j.initiatives,
      totals: totalsOf([j], standards, rollouts),
      late: j.late,
    })),
    lanes,
    totals: totalsOf(judged, standards, rollouts),
  };
}
