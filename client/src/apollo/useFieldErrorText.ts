import { useTranslation } from 'react-i18next';
import type { FieldError } from './errorCode';

/** Words a field error from the server in the reader's language, e.g. "Hooguit 200 tekens." */
export function useFieldErrorText(): (error: FieldError) => string {
  const { t } = useTranslation();
  return (error) => t(`fieldErrors.${error.reason}`, { limit: error.limit ?? undefined });
}
