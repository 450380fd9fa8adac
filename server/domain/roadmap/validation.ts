import { z } from 'zod';
import {
  isItemStatus,
  ITEM_STATUSES,
  roadmapPeriodProblem,
  roadmapYear,
} from '../../../common/roadmapLimits';
import {
  MAX_SHORT_TEXT_LENGTH,
  MAX_SUMMARY_LENGTH,
  objectId,
  optionalText,
  text,
  title,
} from '../../../common/validation';
import { badUserInput } from '../../errors';

/** Input of `createRoadmap` as the client sends it. */
export interface CreateRoadmapArgs {
  taskforceId: string;
  title: string;
  startYear: number;
  endYear: number;
  description?: string | null;
}

/** A new roadmap: a taskforce, a title and a period of 1 to 15 whole years. */
export const createRoadmapInput = z
  .object({
    taskforceId: objectId,
    title,
    startYear: roadmapYear,
    endYear: roadmapYear,
    description: optionalText(MAX_SUMMARY_LENGTH),
  })
  .superRefine((input, ctx) => {
    const problem = roadmapPeriodProblem(input.startYear, input.endYear);
    if (problem) ctx.addIssue({ code: 'custom', path: ['endYear'], message: problem });
  });

/** A change of a roadmap's settings: only the fields given change. */
export const updateRoadmapInput = z.object({
  id: objectId,
  title: title.nullish(),
  startYear: roadmapYear.nullish(),
  endYear: roadmapYear.nullish(),
  description: text(MAX_SUMMARY_LENGTH).nullish(),
});

/** Years within the roadmap's period and start <= end, or BAD_USER_INPUT naming the field. */
export function validSpan(
  startYear: number,
  endYear: number,
  period: { startYear: number; endYear: number },
): void {
  if (startYear < period.startYear || startYear > period.endYear) {
    throw badUserInput('startYear', `must be between ${period.startYear} and ${period.endYear}`);
  }
  if (endYear < period.startYear || endYear > period.endYear) {
    throw badUserInput('endYear', `must be between ${period.startYear} and ${period.endYear}`);
  }
  if (startYear > endYear) throw badUserInput('endYear', 'must not be before startYear');
}

/** A short optional text (status, lane id), or BAD_USER_INPUT. */
export function validShortText(field: string, value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  if (value.length > MAX_SHORT_TEXT_LENGTH) {
    throw badUserInput(field, `must be at most ${MAX_SHORT_TEXT_LENGTH} characters`);
  }
  return value;
}

/** An item status from the fixed set (common/roadmapLimits.ts), or BAD_USER_INPUT. */
export function validItemStatus(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined || isItemStatus(value)) return value;
  throw badUserInput('status', `must be one of ${ITEM_STATUSES.join(', ')}`);
}
