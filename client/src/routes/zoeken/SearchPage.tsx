import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Page } from '../../components/Page';
import { useViewer } from '../../features/auth/AuthContext';
import { SearchResultGroup } from '../../features/search/SearchResultGroup';
import { MAX_SEARCH_LENGTH } from '../../../../common/limits';
import { graphql } from '../../gql';

const SearchPageQuery = graphql(`
  query SearchPageQuery($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      text
      totalCount
      groups {
        kind
        totalCount
        hits {
          kind
          id
          title
          key
          context
          snippet
        }
      }
    }
  }
`);

/**
 * `/zoeken?q=`: results of the header search, grouped by kind. One live region announces the
 * state (searching, how many found) so screen reader users hear the outcome without moving focus.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH);
  const { data, error, loading, refetch } = useQuery(SearchPageQuery, {
    variables: { text, first: 20 },
    skip: text.length === 0,
  });
  const results = data?.search;

  let status = '';
  if (loading) status = t('search.searching');
  else if (results) status = t('search.count', { count: results.totalCount });

  return (
    <Page title={text ? t('search.titleFor', { text }) : t('search.title')}>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
      {text.length === 0 && <EmptyState message={t('search.prompt')} />}
      {error && !loading && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {results && !loading && results.totalCount === 0 && (
        <EmptyState message={t('search.noResults', { text })} />
      )}
      {results && !loading && !viewer && <p className="utrecht-paragraph">{t('search.signInForMore')}</p>}
      {results &&
        !loading &&
        results.groups.map((group) => <SearchResultGroup key={group.kind} group={group} />)}
    </Page>
  );
}
