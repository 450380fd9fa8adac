import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PublicationList } from '../../features/public/PublicationList';
import { usePageDescription } from '../../features/public/usePageDescription';
import { graphql } from '../../gql';
import '../../features/public/public.css';

const PublicIndexQuery = graphql(`
  query PublicIndexQuery($after: String) {
    publications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        slug
        title
        versionName
        publishedAt
        isDemo
      }
    }
  }
`);

/** `/openbaar`: everything published, for anyone, with "Meer laden". */
export function PublicIndexPage() {
  const { t } = useTranslation();
  usePageDescription(t('public.indexDescription'));
  const { data, error, refetch, fetchMore } = useQuery(PublicIndexQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const publications = data?.publications;
  return (
    <Page title={t('public.indexTitle')}>
      <p className="utrecht-paragraph">{t('public.indexIntro')}</p>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !publications ? (
        <Loading />
      ) : publications.nodes.length === 0 ? (
        <EmptyState message={t('public.empty')} />
      ) : (
        <>
          <PublicationList publications={publications.nodes} />
          {publications.pageInfo.hasNextPage && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() =>
                void fetchMore({
                  variables: { after: publications.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    publications: {
                      ...fetchMoreResult.publications,
                      nodes: [...previous.publications.nodes, ...fetchMoreResult.publications.nodes],
                    },
                  }),
                })
              }
            >
              {t('public.more')}
            </button>
          )}
        </>
      )}
    </Page>
  );
}
