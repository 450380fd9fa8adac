import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PublicRoadmapView } from '../../features/public/PublicRoadmapView';
import { graphql } from '../../gql';

const RoadmapPrintPageQuery = graphql(`
  query RoadmapPrintPageQuery($id: ID!) {
    roadmapExport(id: $id) {
      ...PublicRoadmapFields
    }
  }
`);

/**
 * `/roadmaps/:id/afdrukken`: any roadmap as a printable meeting paper (and the timeline as an image),
 * published or not. The same redacted view as the public page: a paper for a council names no one.
 */
export function RoadmapPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RoadmapPrintPageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) {
    return (
      <Page title={t('export.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('export.title')}>
        <Loading />
      </Page>
    );
  }
  if (!data.roadmapExport) {
    return (
      <Page title={t('roadmap.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }
  return (
    <Page title={data.roadmapExport.title}>
      <PublicRoadmapView roadmap={data.roadmapExport} />
    </Page>
  );
}
