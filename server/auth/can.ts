import type { ApiScope } from '../../common/apiTokens';
import { forbidden, unauthenticated } from '../errors';
import { hasRole, isAdmin, type Viewer } from './viewer';

/**
 * Every rule of who may do what, in one table: `resource:verb` actions, each with the resource it
 * needs to decide. Resolvers, domain commands, the co-editing socket and the exports all ask here.
 * Deny by default: a signed-out viewer may do none of these (what visitors may read is the public
 * list of the schema, server/graphql/publicFields.ts), and an action not in this table does not
 * type-check.
 */
const rules = {
  /** Adoption figures are public; signed-in callers read them unless an API token lacks the scope. */
  'adoption:read': () => true,
  /** Report adoption and follow standards for a municipality: admins for any; municipality editors for their own and their cooperation's members. */
  'adoption:update': (viewer: Viewer, target: { municipalityId: string }) =>
    isAdmin(viewer) ||
    (hasRole(viewer, 'MUNICIPALITY_EDITOR') &&
      viewer.editableMunicipalityIds.includes(target.municipalityId)),
  /** Admins and municipality editors import measured adoption from CSV; every row still needs `adoption:update`. */
  'adoption:import': (viewer: Viewer) => isAdmin(viewer) || hasRole(viewer, 'MUNICIPALITY_EDITOR'),
  /** Managers and admins steer programmes: they move deadlines (with a reason) and add obligations. */
  'programme:manage': (viewer: Viewer) => isAdmin(viewer) || hasRole(viewer, 'MANAGER'),
  /** Admins record municipal mergers: a merger ends municipalities. */
  'municipality:merge': (viewer: Viewer) => isAdmin(viewer),
  /** The catalogue is public; signed-in callers read it unless an API token lacks the scope. */
  'standard:read': () => true,
  /** The catalogue is curated: only admins create, change and version standards (and write their long descriptions). */
  'standard:edit': (viewer: Viewer) => isAdmin(viewer),
  /** Everyone signed in reads every roadmap and its comments, and may comment: the taskforces work in the open for all municipalities. */
  'roadmap:read': () => true,
  /** Members of the owning taskforce, and admins, edit a roadmap (and start one for their taskforce). */
  'roadmap:edit': (viewer: Viewer, target: { taskforceId: string }) =>
    isAdmin(viewer) || viewer.taskforceIds.includes(target.taskforceId),
  /** A comment thread is resolved by its author or by the roadmap's editors. */
  'roadmapComment:resolve': (viewer: Viewer, target: { authorId: string; taskforceId: string }) =>
    target.authorId === viewer.id || isAdmin(viewer) || viewer.taskforceIds.includes(target.taskforceId),
  /** Published roadmaps, quick wins and pages are public: anyone reads them (see {@link assertCanReadPublic}). */
  'publication:read': () => true,
  /**
   * A taskforce's members (and admins) publish and unpublish what their taskforce owns; things
   * without a taskforce (knowledge pages) anyone who is a taskforce member.
   */
  'publication:manage': (viewer: Viewer, target: { taskforceId: string | null }) =>
    isAdmin(viewer) ||
    (target.taskforceId === null
      ? hasRole(viewer, 'TASKFORCE_MEMBER') || viewer.taskforceIds.length > 0
      : viewer.taskforceIds.includes(target.taskforceId)),
  /** Knowledge pages are read by everyone signed in. */
  'page:read': () => true,
  /** Admins, taskforce members and managers create and edit knowledge pages. */
  'page:edit': (viewer: Viewer) =>
    isAdmin(viewer) || hasRole(viewer, 'TASKFORCE_MEMBER') || hasRole(viewer, 'MANAGER'),
  /** Quick wins are read by everyone signed in. */
  'initiative:read': () => true,
  /** Managers and admins run quick wins: create, edit, move status, record benefit, export. */
  'initiative:manage': (viewer: Viewer) => isAdmin(viewer) || hasRole(viewer, 'MANAGER'),
  /** A quick win's rollout in one municipality: managers for any; a municipality editor for one they may report for. */
  'rollout:update': (viewer: Viewer, target: { municipalityId: string }) =>
    isAdmin(viewer) ||
    hasRole(viewer, 'MANAGER') ||
    (hasRole(viewer, 'MUNICIPALITY_EDITOR') &&
      viewer.editableMunicipalityIds.includes(target.municipalityId)),
  /** Taskforces and their members are visible to everyone signed in. */
  'taskforce:read': () => true,
  /** Admins add and remove taskforce members. */
  'taskforce:manage': (viewer: Viewer) => isAdmin(viewer),
  /** A user's e-mail address is personal data: only they and admins see it. */
  'user:readEmail': (viewer: Viewer, target: { userId: string }) =>
    viewer.id === target.userId || isAdmin(viewer),
  /** Cooperations and their members: admins only (reporting for members is `adoption:update`). */
  'cooperation:manage': (viewer: Viewer) => isAdmin(viewer),
  /** People: invite, change roles, deactivate, make account links. Admins only. */
  'user:manage': (viewer: Viewer) => isAdmin(viewer),
  /** Notifications are read and marked by their addressee (the query reads only the viewer's own). */
  'notification:read': () => true,
  /** Everyone signed in chooses their own e-mail language and frequencies. */
  'mail:settings': () => true,
  /** The outbox holds other people's messages: admins only. */
  'mail:outbox': (viewer: Viewer) => isAdmin(viewer),
  /** The audit log is for managers and admins. */
  'audit:read': (viewer: Viewer) => isAdmin(viewer) || hasRole(viewer, 'MANAGER'),
  /** The full backup holds password hashes: admins only. */
  'backup:read': (viewer: Viewer) => isAdmin(viewer),
  /** Signed-in users search roadmaps, quick wins and knowledge pages as well as the public catalogue. */
  'search:internal': () => true,
  /** Signing out ends one's own session. */
  'session:end': () => true,
  /**
   * API tokens of a municipality are created, listed and revoked by admins, and by that
   * municipality's own editors (not for a cooperation's other members); national tokens (no
   * municipality) by admins only.
   */
  'apiToken:manage': (viewer: Viewer, target: { municipalityId: string | null }) =>
    isAdmin(viewer) ||
    (hasRole(viewer, 'MUNICIPALITY_EDITOR') &&
      target.municipalityId !== null &&
      target.municipalityId === viewer.municipalityId),
} satisfies Record<string, (viewer: Viewer, target: never) => boolean>;

type Rules = typeof rules;

/** One `resource:verb` action. */
export type Action = keyof Rules;

/**
 * The scope that opens each rule to an API token; null keeps it for people. Typed over every
 * action, so a new rule must decide here whether systems may use it.
 */
const TOKEN_SCOPE: { readonly [A in Action]: ApiScope | null } = {
  'adoption:read': 'adoption:read',
  'adoption:update': 'adoption:write',
  'adoption:import': 'adoption:write',
  'standard:read': 'standards:read',
  'standard:edit': 'standards:write',
  'roadmap:read': 'roadmaps:read',
  'taskforce:read': 'roadmaps:read',
  'initiative:read': 'initiatives:read',
  'publication:read': 'roadmaps:read',
  'roadmap:edit': null,
  'publication:manage': null,
  'roadmapComment:resolve': null,
  'page:read': null,
  'page:edit': null,
  'initiative:manage': null,
  'rollout:update': null,
  'taskforce:manage': null,
  'user:readEmail': null,
  'notification:read': null,
  'audit:read': null,
  'mail:settings': null,
  'mail:outbox': null,
  'backup:read': null,
  'search:internal': null,
  'session:end': null,
  'programme:manage': null,
  'municipality:merge': null,
  'apiToken:manage': null,
  'cooperation:manage': null,
  'user:manage': null,
};

/**
 * An API token's own bounds: its scope must open the action, and a municipality's token reaches
 * only that municipality whatever its creator may do elsewhere (an admin's token for Utrecht is
 * refused for Amsterdam).
 */
function withinToken(viewer: Viewer, action: Action, resource: unknown): boolean {
  const token = viewer.apiToken;
  if (!token) return true;
  const scope = TOKEN_SCOPE[action];
  if (!scope || !token.scopes.includes(scope)) return false;
  if (token.municipalityId && resource && typeof resource === 'object' && 'municipalityId' in resource)
    return resource.municipalityId === token.municipalityId;
  return true;
}

/** What an action needs to know about its resource (nothing for some). */
export type ResourceOf<A extends Action> = Parameters<Rules[A]>[1];

type ResourceArgs<A extends Action> = ResourceOf<A> extends undefined ? [] : [resource: ResourceOf<A>];

/** True when `viewer` may do `action` (to `resource`); always false when signed out. */
export function can<A extends Action>(
  viewer: Viewer | null,
  action: A,
  ...resource: ResourceArgs<A>
): boolean {
  if (!viewer) return false;
  const rule = rules[action] as (viewer: Viewer, target: unknown) => boolean;
  return withinToken(viewer, action, resource[0]) && rule(viewer, resource[0]);
}

/**
 * For public data (the catalogue, adoption figures, publications): visitors read it, and so does every signed-in
 * caller whom {@link can} allows `action` — that is, everyone except an API token without the
 * scope. FORBIDDEN otherwise.
 */
export function assertCanReadPublic(
  viewer: Viewer | null,
  action: 'adoption:read' | 'standard:read' | 'publication:read',
): void {
  if (viewer && !can(viewer, action)) throw forbidden(action);
}

/** The viewer when {@link can} allows it; UNAUTHENTICATED when signed out, FORBIDDEN otherwise. */
export function assertCan<A extends Action>(
  viewer: Viewer | null,
  action: A,
  ...resource: ResourceArgs<A>
): Viewer {
  if (!viewer) throw unauthenticated();
  if (!can(viewer, action, ...resource)) throw forbidden(action);
  return viewer;
}
