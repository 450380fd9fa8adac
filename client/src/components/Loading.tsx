import { useTranslation } from 'react-i18next';

/** Announces that content is on its way; role="status" lets screen readers hear it politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph koers-loading" role="status">
      {label ?? t('state.loading')}
    </p>
  );
}
