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
  /** Report adoption and follow standards for a municipality: admins for any; municipality editors for their own and their cooperation's members. */
  'adoption:update': (viewer: Viewer, target: { municipalityId: string }) =>
    isAdmin(viewer) ||
    (hasRole(viewer, 'MUNICIPALITY_EDITOR') &&
      viewer.editableMunicipalityIds.includes(target.municipalityId)),
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
  /** The audit log is for managers and admins. */
  'audit:read': (viewer: Viewer) => isAdmin(viewer) || hasRole(viewer, 'MANAGER'),
  /** The full backup holds password hashes: admins only. */
  'backup:read': (viewer: Viewer) => isAdmin(viewer),
  /** Signed-in users search roadmaps, quick wins and knowledge pages as well as the public catalogue. */
  'search:internal': () => true,
  /** Signing out ends one's own session. */
  'session:end': () => true,
} satisfies Record<string, (viewer: Viewer, target: never) => boolean>;

type Rules = typeof rules;

/** One `resource:verb` action. */
export type Action = keyof Rules;

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
  return rule(viewer, resource[0]);
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
