import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/standaarden/:slug`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function StandardPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <Page title={t('standard.title', { slug })}>
      <EmptyState message={t('standard.empty')} />
    </Page>
  );
}
