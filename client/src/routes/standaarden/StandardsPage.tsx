import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/standaarden`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function StandardsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('standards.title')}>
      <EmptyState message={t('standards.empty')} />
    </Page>
  );
}
