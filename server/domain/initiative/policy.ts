import { hasRole, isAdmin, type Viewer } from '../../auth/viewer';

/** MANAGER and ADMIN run initiatives: create, edit, move status, record benefit. */
export function canManageInitiatives(viewer: Viewer | null): boolean {
  return isAdmin(viewer) || hasRole(viewer, 'MANAGER');
}

/** Managers set any rollout; a municipality editor only that of a municipality they may edit. */
export function canUpdateRollout(viewer: Viewer | null, municipalityId: string): boolean {
  if (canManageInitiatives(viewer)) return true;
  return (
    viewer !== null &&
    hasRole(viewer, 'MUNICIPALITY_EDITOR') &&
    viewer.editableMunicipalityIds.includes(municipalityId)
  );
}

/** The audit log is for MANAGER and ADMIN. */
export function canReadAuditLog(viewer: Viewer | null): boolean {
  return canManageInitiatives(viewer);
}
