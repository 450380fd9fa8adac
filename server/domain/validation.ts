import { Types } from 'mongoose';
import type { z } from 'zod';
import { isCbsCode, isObjectId, title } from '../../common/validation';
import { FieldProblem } from '../../common/errorCodes';
import { badUserInput } from '../errors';

/** An ObjectId from client input; anything else is BAD_USER_INPUT naming `field`, never a cast error. */
export function parseObjectId(field: string, value: string): Types.ObjectId {
  if (!isObjectId(value)) throw badUserInput(field, 'is not a valid id');
  return new Types.ObjectId(value);
}

/** A CBS municipality code (GM0344) from client input, else BAD_USER_INPUT naming `field`. */
export function parseCbsCode(field: string, value: string): string {
  if (!isCbsCode(value)) throw badUserInput(field, 'must be a CBS code like GM0344');
  return value;
}

/**
 * Parses with zod; the first problem becomes BAD_USER_INPUT naming its input path
 * (`standardIds.0`, `expectedBenefit.hoursPerYear`) so a form can point at the field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw inputError(parsed.error.issues[0], 'input');
}

/** BAD_USER_INPUT for one zod issue, with the reason (and limit) the web app words for the reader. */
function inputError(issue: z.core.$ZodIssue | undefined, fallbackField: string) {
  const field = issue?.path.length ? issue.path.map(String).join('.') : fallbackField;
  const message = issue?.message ?? 'is invalid';
  if (issue?.code === 'too_big' && issue.origin === 'string') {
    return badUserInput(field, message, FieldProblem.TooLong, Number(issue.maximum));
  }
  if (issue?.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1
      ? badUserInput(field, message, FieldProblem.Required)
      : badUserInput(field, message, FieldProblem.TooShort, Number(issue.minimum));
  }
  return badUserInput(field, message);
}

/** A trimmed, non-empty title of at most MAX_TITLE_LENGTH characters, or BAD_USER_INPUT naming `field`. */
export function validTitle(field: string, value: string): string {
  const parsed = title.safeParse(value);
  if (!parsed.success) throw inputError(parsed.error.issues[0], field);
  return parsed.data;
}
