import { isItemStatus, ITEM_STATUSES } from '../../../common/roadmapLimits';
import { badUserInput } from '../../errors';

/** Years within the roadmap's period and start <= end, or BAD_USER_INPUT naming the field. */
export function validSpan(
  startYear: number,
  endYear: number,
  period: { startYear: number; endYear: number },
): void {
  if (startYear < period.startYear || startYear > period.endYear) {
    throw badUserInput('startYear', `moet tussen ${period.startYear} en ${period.endYear} liggen`);
  }
  if (endYear < period.startYear || endYear > period.endYear) {
    throw badUserInput('endYear', `moet tussen ${period.startYear} en ${period.endYear} liggen`);
  }
  if (startYear > endYear) throw badUserInput('endYear', 'mag niet vóór startYear liggen');
}

/** A short optional text (status, lane id), or BAD_USER_INPUT. */
export function validShortText(field: string, value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  if (value.length > 100) throw badUserInput(field, 'mag hooguit 100 tekens lang zijn');
  return value;
}

/** An item status from the fixed set (common/roadmapLimits.ts), or BAD_USER_INPUT. */
export function validItemStatus(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined || isItemStatus(value)) return value;
  throw badUserInput('status', `moet een van ${ITEM_STATUSES.join(', ')} zijn`);
}
