import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from '../../../../common/limits';
import type { BenefitInput } from '../../gql/graphql';

/** The fields of the quick-win form, as typed (text, so half-typed numbers survive). */
export interface QuickWinFormValues {
  title: string;
  description: string;
  deadline: string;
  hoursPerYear: string;
  eurosPerYear: string;
  citizensReached: string;
}

/** The figures of a benefit as typed. */
export type FigureValues = Pick<QuickWinFormValues, 'hoursPerYear' | 'eurosPerYear' | 'citizensReached'>;

/** Field → i18n key of what is wrong with it. */
export type FormErrors<F extends string> = Partial<Record<F, string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A typed figure as a number (a Dutch decimal comma is accepted), null when empty, NaN when not a number. */
export function parseFigure(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  return Number(trimmed.replace(',', '.'));
}

/** A figure for a form field: empty for unknown. */
export function figureText(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}

/** Checks the figures the way the server does: 0 or more, citizens a whole number. */
export function validateFigures(values: FigureValues): FormErrors<keyof FigureValues> {
  const errors: FormErrors<keyof FigureValues> = {};
  for (const field of ['hoursPerYear', 'eurosPerYear', 'citizensReached'] as const) {
    const value = parseFigure(values[field]);
    if (value === null) continue;
    if (!Number.isFinite(value) || value < 0) errors[field] = 'quickWinForm.errors.figure';
    else if (field === 'citizensReached' && !Number.isInteger(value))
      errors[field] = 'quickWinForm.errors.wholeNumber';
  }
  return errors;
}

/** Checks a quick win before it is sent; the keys are i18n keys. */
export function validateQuickWin(values: QuickWinFormValues): FormErrors<keyof QuickWinFormValues> {
  const errors: FormErrors<keyof QuickWinFormValues> = validateFigures(values);
  const title = values.title.trim();
  if (title.length < 3 || title.length > MAX_TITLE_LENGTH) errors.title = 'quickWinForm.errors.title';
  if (!ISO_DATE.test(values.deadline)) errors.deadline = 'quickWinForm.errors.deadline';
  if (values.description.length > MAX_DESCRIPTION_LENGTH)
    errors.description = 'quickWinForm.errors.description';
  return errors;
}

/** The benefit input of valid figures. */
export function benefitInput(values: FigureValues): BenefitInput {
  return {
    hoursPerYear: parseFigure(values.hoursPerYear),
    eurosPerYear: parseFigure(values.eurosPerYear),
    citizensReached: parseFigure(values.citizensReached),
  };
}
