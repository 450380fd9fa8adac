import type { Role } from '../db/models/User';

/** The signed-in user of a request or socket, with what policies need to decide without a query. */
export interface Viewer {
  id: string;
  sessionId: string;
  name: string;
  roles: Role[];
  /** CBS code of the viewer's own municipality, if any. */
  municipalityId: string | null;
  /** Municipalities this viewer may report for: their own plus their cooperation's members. */
  editableMunicipalityIds: string[];
  /** Taskforces this viewer is a member of. */
  taskforceIds: string[];
}

/** True when the viewer holds `role`; ADMIN is not implied here, policies decide that. */
export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/** True for ADMIN. */
export function isAdmin(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'ADMIN');
}
