import { assertCan } from '../../auth/can';
import type { Viewer } from '../../auth/viewer';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import { notFound } from '../../errors';
import type { RequestContext } from '../context';
import { isObjectId } from '../../../common/validation';

/** The roadmap `id`, or NOT_FOUND (also for malformed ids); authorizes nothing. */
export async function findRoadmap(ctx: RequestContext, id: string): Promise<RoadmapRecord> {
  if (!isObjectId(id)) throw notFound('Roadmap');
  const roadmap = await ctx.runtime.models.Roadmap.findById(id).lean();
  if (!roadmap) throw notFound('Roadmap');
  return roadmap;
}

/**
 * The roadmap `id` for a viewer who may read it (`roadmap:read`): UNAUTHENTICATED when signed out,
 * NOT_FOUND for an unknown or malformed id. Queries, comments and the live feed all ask here.
 */
export async function readableRoadmap(
  ctx: RequestContext,
  id: string,
): Promise<{ viewer: Viewer; roadmap: RoadmapRecord }> {
  const viewer = assertCan(ctx.viewer, 'roadmap:read');
  return { viewer, roadmap: await findRoadmap(ctx, id) };
}

/** The roadmap `id` for a viewer who may edit it (`roadmap:edit`); FORBIDDEN otherwise. */
export async function editableRoadmap(
  ctx: RequestContext,
  id: string,
): Promise<{ viewer: Viewer; roadmap: RoadmapRecord }> {
  const { viewer, roadmap } = await readableRoadmap(ctx, id);
  assertCan(viewer, 'roadmap:edit', { taskforceId: String(roadmap.taskforceId) });
  return { viewer, roadmap };
}
