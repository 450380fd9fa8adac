import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PublicNotFound } from '../../features/public/PublicNotFound';
import { PublicRoadmapView } from '../../features/public/PublicRoadmapView';
import { usePageDescription } from '../../features/public/usePageDescription';
import { graphql } from '../../gql';

const PublicRoadmapPageQuery = graphql(`
  query PublicRoadmapPageQuery($slug: String!) {
    publicRoadmap(slug: $slug) {
      ...PublicRoadmapFields
    }
  }
`);

/** `/openbaar/roadmaps/:slug`: a published roadmap for anyone, without signing in. */
export function PublicRoadmapPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PublicRoadmapPageQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const roadmap = data?.publicRoadmap;
  usePageDescription(
    roadmap
      ? t('public.roadmapDescription', {
          title: roadmap.title,
          start: roadmap.startYear,
          end: roadmap.endYear,
          taskforce: roadmap.taskforceName ?? '',
        })
      : null,
  );
  if (error && !data) {
    return (
      <Page title={t('public.kind.ROADMAP')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('public.kind.ROADMAP')}>
        <Loading />
      </Page>
    );
  }
  if (!roadmap) return <PublicNotFound />;
  return (
    <Page title={roadmap.title}>
      <PublicRoadmapView roadmap={roadmap} />
    </Page>
  );
}
