import { hasRole, isAdmin, type Viewer } from '../../auth/viewer';
import { requireViewer } from '../../auth/guards';
import { forbidden } from '../../errors';

/**
 * Who may report adoption and subscriptions for a municipality: admins for any; municipality editors
 * for their own municipality and their cooperation's members. Everyone else may only read.
 */
export function canUpdateAdoption(viewer: Viewer | null, municipalityId: string): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  return hasRole(viewer, 'MUNICIPALITY_EDITOR') && viewer.editableMunicipalityIds.includes(municipalityId);
}

/** UNAUTHENTICATED when signed out, FORBIDDEN unless {@link canUpdateAdoption}; returns the viewer. */
export function assertCanUpdateAdoption(viewer: Viewer | null, municipalityId: string): Viewer {
  const signedIn = requireViewer(viewer);
  if (!canUpdateAdoption(signedIn, municipalityId)) {
    throw forbidden('Je mag alleen voor je eigen gemeente (of samenwerkingsverband) rapporteren.');
  }
  return signedIn;
}
