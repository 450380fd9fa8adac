import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** `/gemeenten/:code`: waits for its GraphQL API (issues 3–5); until then it says there is nothing to show. */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <Page title={t('municipality.title', { code })}>
      <EmptyState message={t('municipality.empty')} />
    </Page>
  );
}
