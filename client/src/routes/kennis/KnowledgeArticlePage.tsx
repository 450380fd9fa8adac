import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/kennis/:id`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function KnowledgeArticlePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('knowledgePage.title')}>
      <EmptyState message={t('knowledgePage.empty')} />
    </Page>
  );
}
