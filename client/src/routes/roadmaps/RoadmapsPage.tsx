import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/roadmaps`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function RoadmapsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('roadmaps.title')}>
      <EmptyState message={t('roadmaps.empty')} />
    </Page>
  );
}
