import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/quick-wins/:id`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function QuickWinPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('quickWin.title')}>
      <EmptyState message={t('quickWin.empty')} />
    </Page>
  );
}
