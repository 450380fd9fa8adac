import type { ApiScope } from '../../common/apiTokens';
import type { Role } from '../db/models/User';

/**
 * What an API token grants on top of (never beyond) its creator's rights: only the rules its
 * scopes open (server/auth/can.ts), and only for its municipality when it has one.
 */
export interface ApiTokenGrant {
  /** The token's public id (as listed and audited). */
  id: string;
  name: string;
  scopes: readonly ApiScope[];
  /** CBS code the token acts for; null for an admin's national token. */
  municipalityId: string | null;
  expiresAt: Date;
}

/**
 * The signed-in user of a request or socket, with what policies need to decide without a query.
 * A system calling with an API token is the token's creator with `apiToken` set.
 */
export interface Viewer {
  id: string;
  /** The session's id, or the API token's stored hash: what a revocation names. */
  sessionId: string;
  name: string;
  roles: Role[];
  /** CBS code of the viewer's own municipality, if any. */
  municipalityId: string | null;
  /** Municipalities this viewer may report for: their own plus their cooperation's members. */
  editableMunicipalityIds: string[];
  /** The cooperation this viewer reports for, whose members are among `editableMunicipalityIds`. */
  cooperationId?: string | null;
  /** Taskforces this viewer is a member of. */
  taskforceIds: string[];
  /** Set when the caller is a system using an API token. */
  apiToken?: ApiTokenGrant | null;
}

/** True when the viewer holds `role`; ADMIN is not implied here, policies decide that. */
export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/** True for ADMIN. */
export function isAdmin(viewer: Viewer | null): boolean {
  return hasRole(viewer, 'ADMIN');
}
