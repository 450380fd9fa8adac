/**
 * The limits and format checks of input, shared by the server's validation and the web app's forms,
 * so a limit is written once. Plain values and functions: the web app imports these without zod.
 */

/** Longest title of a roadmap, lane, item, milestone, knowledge page or quick win. */
export const MAX_TITLE_LENGTH = 200;
/** Longest owner of a roadmap item: a municipality, a team or a person. */
export const MAX_OWNER_LENGTH = 200;
/** Longest short code-like text (a lane id, an item status). */
export const MAX_SHORT_TEXT_LENGTH = 100;
/** Longest name of a roadmap version. */
export const MAX_VERSION_NAME_LENGTH = 100;
/** Longest comment. */
export const MAX_COMMENT_LENGTH = 5000;
/** Longest explanation or note on an adoption report. */
export const MAX_NOTE_LENGTH = 4000;
/** Longest quick-win description. */
export const MAX_DESCRIPTION_LENGTH = 10_000;
/** Longest reason (for stopping a quick win, for a deadline change). */
export const MAX_REASON_LENGTH = 2000;
/** Longest search text. */
export const MAX_SEARCH_LENGTH = 200;
/** Longest description of a roadmap, taskforce or cooperation. */
export const MAX_SUMMARY_LENGTH = 2000;
/** Shortest password a person may choose (the rule `npm run admin:create` keeps too). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted (argon2 hashes any length; this bounds the work per attempt). */
export const MAX_PASSWORD_LENGTH = 1024;
/** Longest e-mail address (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254;

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const CBS_CODE = /^GM\d{4}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a MongoDB ObjectId written as 24 hexadecimal characters. */
export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}

/** True for a CBS municipality code such as GM0344. */
export function isCbsCode(value: string): boolean {
  return CBS_CODE.test(value);
}

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
