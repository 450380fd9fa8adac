import { z } from 'zod';
import {
  isCbsCode,
  isIsoDate,
  isObjectId,
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_TITLE_LENGTH,
  MIN_PASSWORD_LENGTH,
} from './limits';

export * from './limits';

/**
 * The zod building blocks of input validation, over the limits in ./limits.ts. Messages are
 * English; the web app turns `extensions.code`, `field` and `reason` into Dutch or English text.
 */

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
