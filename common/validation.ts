import { z } from 'zod';

/**
 * The building blocks of input validation, shared by the server's commands and the web app's forms,
 * so a limit is written once. Messages are English; the web app turns `extensions.code` and
 * `extensions.field` into Dutch or English text.
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

/** An ObjectId as 24 hexadecimal characters. */
export const objectId = z.string().refine(isObjectId, 'is not a valid id');
/** A CBS municipality code such as GM0344. */
export const cbsCode = z.string().refine(isCbsCode, 'must be a CBS code like GM0344');
/** A real calendar date as YYYY-MM-DD. */
export const isoDate = z.string().refine(isIsoDate, 'must be a real date as YYYY-MM-DD');
/** A trimmed, non-empty title of at most {@link MAX_TITLE_LENGTH} characters. */
export const title = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`);
/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
/** Optional trimmed text of at most `max` characters; empty becomes null. */
export const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((value) => value || null);

/** A new password: at least {@link MIN_PASSWORD_LENGTH} characters. */
export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

/** An e-mail address, trimmed and lower-cased (accounts are found by it). */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_LENGTH, `must be at most ${MAX_EMAIL_LENGTH} characters`)
  .pipe(z.email('must be an e-mail address'));
