import type { z } from 'zod';
import { readRoadmap, setMeta, type ItemContent } from '../../../common/roadmapDocument';
import { roadmapPeriodProblem } from '../../../common/roadmapLimits';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapItemRecord } from '../../db/models/RoadmapItem';
import { badUserInput, notFound } from '../../errors';
import { recordChange } from '../change';
import type { RequestContext } from '../context';
import { searchIndexChanged } from '../search/events';
import { parseInput } from '../validation';
import { editableRoadmap } from './policy';
import { applyToDocument } from './service';
import { updateRoadmapInput } from './validation';

/** True when an item lies (partly) outside the period. */
function outside(item: ItemContent, period: { startYear: number; endYear: number }): boolean {
  return item.startYear < period.startYear || item.endYear > period.endYear;
}

/**
 * The roadmap's editors change its title, period or description. Title and period are part of the
 * live document (so open editors see them at once); a shortened period removes nothing: the items
 * that no longer fit are returned, and the editor lists them until someone moves them.
 */
export async function updateRoadmap(ctx: RequestContext, args: z.input<typeof updateRoadmapInput>) {
  const input = parseInput(updateRoadmapInput, args);
  const { viewer, roadmap } = await editableRoadmap(ctx, input.id);
  const period = {
    startYear: input.startYear ?? roadmap.startYear,
    endYear: input.endYear ?? roadmap.endYear,
  };
  const problem = roadmapPeriodProblem(period.startYear, period.endYear);
  if (problem) throw badUserInput('endYear', problem);
  const title = input.title ?? roadmap.title;
  const before = {
    title: roadmap.title,
    startYear: roadmap.startYear,
    endYear: roadmap.endYear,
    description: roadmap.description,
  };
  const items = await applyToDocument(ctx, viewer, input.id, (doc) => {
    setMeta(doc, { title, ...period });
    return readRoadmap(doc).items;
  });
  const { models } = ctx.runtime;
  const description = input.description === undefined ? roadmap.description : (input.description ?? '');
  if (description !== roadmap.description) {
    await models.Roadmap.updateOne({ _id: roadmap._id }, { $set: { description } }).exec();
  }
  const after = await models.Roadmap.findById(roadmap._id).lean<RoadmapRecord>().exec();
  if (!after) throw notFound('Roadmap');
  await recordChange(ctx, viewer, {
    action: 'roadmap:update',
    subjectType: 'Roadmap',
    subjectId: input.id,
    before,
    after: { title, ...period, description },
    events: [searchIndexChanged('ROADMAP', [input.id])],
  });
  const itemsOutsidePeriod: RoadmapItemRecord[] = items.flatMap((item, position) =>
    outside(item, period)
      ? [{ _id: `${input.id}:${item.id}`, roadmapId: roadmap._id, itemId: item.id, position, ...item }]
      : [],
  );
  return { roadmap: after, itemsOutsidePeriod };
}

/** Archives (or, with `archived: false`, brings back) a roadmap; its editors only. Idempotent. */
export async function setRoadmapArchived(
  ctx: RequestContext,
  id: string,
  archived: boolean,
): Promise<RoadmapRecord> {
  const { viewer, roadmap } = await editableRoadmap(ctx, id);
  const archivedAt = archived ? (roadmap.archivedAt ?? ctx.runtime.now()) : null;
  const after = await ctx.runtime.models.Roadmap.findByIdAndUpdate(
    roadmap._id,
    { $set: { archivedAt } },
    { returnDocument: 'after', timestamps: false },
  )
    .lean<RoadmapRecord>()
    .exec();
  if (!after) throw notFound('Roadmap');
  await recordChange(ctx, viewer, {
    action: archived ? 'roadmap:archive' : 'roadmap:unarchive',
    subjectType: 'Roadmap',
    subjectId: id,
    before: { archivedAt: roadmap.archivedAt },
    after: { archivedAt },
    events: [searchIndexChanged('ROADMAP', [id])],
  });
  return after;
}
