import { isItemStatus, ITEM_STATUSES } from '../../../common/roadmapLimits';
import { MAX_SHORT_TEXT_LENGTH } from '../../../common/validation';
import { badUserInput } from '../../errors';

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
