import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/quick-wins`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function QuickWinsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('quickWins.title')}>
      <EmptyState message={t('quickWins.empty')} />
    </Page>
  );
}
