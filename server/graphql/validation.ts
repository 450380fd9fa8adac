import { Types } from 'mongoose';
import type { z } from 'zod';
import { MAX_TITLE_LENGTH } from '../../common/roadmapLimits';
import { badUserInput } from '../errors';

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const CBS_CODE = /^GM\d{4}$/;

/** An ObjectId from client input; anything else is BAD_USER_INPUT naming `field`, never a cast error. */
export function parseObjectId(field: string, value: string): Types.ObjectId {
  if (!OBJECT_ID.test(value)) throw badUserInput(field, 'is not a valid id');
  return new Types.ObjectId(value);
}

/** A CBS municipality code (GM0344) from client input, else BAD_USER_INPUT naming `field`. */
export function parseCbsCode(field: string, value: string): string {
  if (!CBS_CODE.test(value)) throw badUserInput(field, 'must be a CBS code like GM0344');
  return value;
}

/** Parses with zod; the first issue becomes BAD_USER_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw badUserInput(issue?.path.map(String).join('.') || 'input', issue?.message ?? 'is invalid');
}

/** A trimmed, non-empty title of at most {@link MAX_TITLE_LENGTH} characters, or BAD_USER_INPUT. */
export function validTitle(field: string, value: string): string {
  const title = value.trim();
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH) {
    throw badUserInput(field, `moet 1 tot ${MAX_TITLE_LENGTH} tekens lang zijn`);
  }
  return title;
}
