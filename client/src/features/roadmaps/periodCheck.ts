import { MAX_ROADMAP_YEARS, YEAR_RANGE } from '../../../../common/roadmapLimits';
import type { FormErrors } from '../initiatives/quickWinValues';

/** The period fields as typed. */
export interface PeriodValues {
  startYear: string;
  endYear: string;
}

const WHOLE_YEAR = /^\d{4}$/;

/** The form's own check of a period of 1 to 15 whole years (the server checks the same). */
export function periodErrors(values: PeriodValues): FormErrors<'startYear' | 'endYear'> {
  const errors: FormErrors<'startYear' | 'endYear'> = {};
  const start = Number(values.startYear);
  const end = Number(values.endYear);
  const inRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
  if (!WHOLE_YEAR.test(values.startYear.trim()) || !inRange(start))
    errors.startYear = 'roadmapAdmin.errors.year';
  if (!WHOLE_YEAR.test(values.endYear.trim()) || !inRange(end)) errors.endYear = 'roadmapAdmin.errors.year';
  else if (!errors.startYear && end < start) errors.endYear = 'roadmapAdmin.errors.endBeforeStart';
  else if (!errors.startYear && end - start + 1 > MAX_ROADMAP_YEARS)
    errors.endYear = 'roadmapAdmin.errors.tooLong';
  return errors;
}
