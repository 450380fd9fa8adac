import { isAdmin, type Viewer } from '../../auth/viewer';
import { requireViewer } from '../../auth/guards';
import { forbidden } from '../../errors';

/** The catalogue is curated: only admins create, change and version standards. */
export function canEditStandard(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** UNAUTHENTICATED when signed out, FORBIDDEN unless {@link canEditStandard}; returns the viewer. */
export function assertCanEditStandard(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (!canEditStandard(signedIn)) throw forbidden('Alleen beheerders wijzigen de catalogus.');
  return signedIn;
}
