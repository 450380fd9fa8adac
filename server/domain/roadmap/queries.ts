import { Types, type QueryFilter } from 'mongoose';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import { isObjectId } from '../../../common/validation';
import { assertCan } from '../../auth/can';
import { pageOfQuery, type PageArgs } from '../../db/pagination';
import { badUserInput } from '../../errors';
import type { RequestContext } from '../context';

/**
 * A page of current (or archived) roadmaps, most recently changed first, optionally of one
 * taskforce; everyone signed in. Records from before archiving existed have no `archivedAt`: `null`
 * matches a missing field too.
 */
export function listRoadmaps(
  ctx: RequestContext,
  args: PageArgs & { taskforceId?: string | null; archived?: boolean | null },
) {
  assertCan(ctx.viewer, 'roadmap:read');
  if (args.taskforceId && !isObjectId(args.taskforceId))
    throw badUserInput('taskforceId', 'is not a valid id');
  const filter: QueryFilter<RoadmapRecord> = args.archived
    ? { archivedAt: { $ne: null } }
    : { archivedAt: null };
  if (args.taskforceId) filter.taskforceId = new Types.ObjectId(args.taskforceId);
  return pageOfQuery(ctx.runtime.models.Roadmap, filter, { updatedAt: -1, _id: 1 }, args);
}

/**
 * One roadmap, or null for an unknown or malformed id. A database outage is an error (UNAVAILABLE),
 * never "not found".
 */
export function getRoadmap(ctx: RequestContext, id: string) {
  assertCan(ctx.viewer, 'roadmap:read');
  return isObjectId(id) ? ctx.runtime.models.Roadmap.findById(id).lean().exec() : null;
}
