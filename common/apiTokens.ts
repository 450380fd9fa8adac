/**
 * API tokens: credentials for municipalities' and suppliers' own systems (not people). Shared by
 * the server, which enforces them, and the web app's token page, which offers them.
 */

/**
 * What a token may do, `resource:verb` like the rules they open (server/auth/can.ts maps every
 * rule to the scope that opens it, or to none: people-only work such as co-editing, managing users
 * or tokens, the audit log and the backup is never open to a token).
 */
export const API_SCOPES = [
  'adoption:read',
  'adoption:write',
  'standards:read',
  'standards:write',
  'roadmaps:read',
  'initiatives:read',
] as const;

/** One API token scope. */
export type ApiScope = (typeof API_SCOPES)[number];

/** True for a known scope. */
export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/** A token lives at most this many days (a year, leap day included). */
export const MAX_API_TOKEN_DAYS = 366;

/** Longest name of a token ("Zaaksysteem Utrecht", "Dashboard provincie"). */
export const MAX_API_TOKEN_NAME_LENGTH = 100;
