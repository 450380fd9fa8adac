import { isAdmin, type Viewer } from '../../auth/viewer';

/** A user's e-mail address is personal data: only they and admins see it. */
export function canSeeEmail(viewer: Viewer | null, userId: string): boolean {
  return viewer !== null && (viewer.id === userId || isAdmin(viewer));
}
