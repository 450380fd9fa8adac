import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/adoptie`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function AdoptionPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('adoption.title')}>
      <EmptyState message={t('adoption.empty')} />
    </Page>
  );
}
