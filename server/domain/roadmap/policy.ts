import type { Viewer } from '../../auth/viewer';
import type { RoadmapRecord } from '../../db/models/Roadmap';
import type { RoadmapCommentRecord } from '../../db/models/RoadmapComment';
import { unauthenticated } from '../../errors';
import type { RequestContext } from '../context';
import { canEditTaskforceWork } from '../taskforce/policy';
import { findRoadmap } from './service';

/**
 * Everyone signed in reads every roadmap and its comments, and may comment: the taskforces work in
 * the open for all municipalities (the co-editing socket follows the same rule).
 */
export function canReadRoadmap(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null;
}

/**
 * The roadmap `id` for a viewer who may read it: UNAUTHENTICATED when signed out, NOT_FOUND for an
 * unknown or malformed id. The comments query, comment mutations and the live feed all ask here.
 */
export async function readableRoadmap(
  ctx: RequestContext,
  id: string,
): Promise<{ viewer: Viewer; roadmap: RoadmapRecord }> {
  const viewer = ctx.viewer;
  if (!canReadRoadmap(viewer)) throw unauthenticated();
  return { viewer, roadmap: await findRoadmap(ctx, id) };
}

/** A thread is resolved by its author or by the roadmap's editors (admins among them). */
export function canResolveRoadmapComment(
  viewer: Viewer,
  comment: RoadmapCommentRecord,
  roadmap: RoadmapRecord,
): boolean {
  return String(comment.authorId) === viewer.id || canEditTaskforceWork(viewer, String(roadmap.taskforceId));
}
