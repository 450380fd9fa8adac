import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/kennis`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function KnowledgePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('knowledge.title')}>
      <EmptyState message={t('knowledge.empty')} />
    </Page>
  );
}
