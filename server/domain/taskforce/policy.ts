import { isAdmin, type Viewer } from '../../auth/viewer';

/** Members of a taskforce, and admins, edit its roadmaps. */
export function canEditTaskforceWork(viewer: Viewer | null, taskforceId: string): boolean {
  return viewer !== null && (isAdmin(viewer) || viewer.taskforceIds.includes(taskforceId));
}
