import { isExplanation } from '../../../../common/explanation';
import type { AdoptionStatus } from '../../gql/graphql';

/** What the scorecard form holds. */
export interface AdoptionFormValues {
  status: AdoptionStatus;
  targetDate: string;
  adoptedVersion: string;
  note: string;
}

/** Field problems as i18n keys, keyed by field. */
export type AdoptionFormErrors = Partial<
  Record<keyof AdoptionFormValues, 'municipality.explanationRequired'>
>;

/** "Pas toe of leg uit": EXPLAINED needs an explanation of at least a sentence; everything else is optional. */
export function validateAdoption(values: AdoptionFormValues): AdoptionFormErrors {
  const errors: AdoptionFormErrors = {};
  if (values.status === 'EXPLAINED' && !isExplanation(values.note))
    errors.note = 'municipality.explanationRequired';
  return errors;
}
