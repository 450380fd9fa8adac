import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/roadmaps/:id`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function RoadmapPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('roadmap.title')}>
      <EmptyState message={t('roadmap.empty')} />
    </Page>
  );
}
