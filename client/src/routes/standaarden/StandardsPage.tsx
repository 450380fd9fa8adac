import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLoadMore } from '../../apollo/useLoadMore';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { FeedLink } from '../../features/standards/FeedLink';
import { graphql } from '../../gql';
import type { Lifecycle, StandardCategory } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

const PAGE_SIZE = 20;
const CATEGORIES: readonly StandardCategory[] = [
  'API_STANDARD',
  'MESSAGE_STANDARD',
  'INFORMATION_MODEL',
  'BUILDING_BLOCK',
  'OPEN_STANDARD',
];
const LIFECYCLES: readonly Lifecycle[] = ['DRAFT', 'CANDIDATE', 'ESTABLISHED', 'DEPRECATED'];

const StandardsPageQuery = graphql(`
  query StandardsPageQuery(
    $first: Int
    $after: String
    $search: String
    $category: StandardCategory
    $lifecycle: Lifecycle
  ) {
    standards(first: $first, after: $after, search: $search, category: $category, lifecycle: $lifecycle) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        summary
        category
        lifecycle
        complianceLevel
      }
    }
  }
`);

/** `/standaarden`: the public catalogue with search, filters (kept in the URL) and "Meer laden". */
export function StandardsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const search = params.get('zoek') ?? '';
  const category = (params.get('soort') ?? '') as StandardCategory | '';
  const lifecycle = (params.get('fase') ?? '') as Lifecycle | '';
  const [searchInput, setSearchInput] = useState(search);

  const { data, loading, error, refetch, fetchMore } = useQuery(StandardsPageQuery, {
    variables: {
      first: PAGE_SIZE,
      search: search || undefined,
      category: category || undefined,
      lifecycle: lifecycle || undefined,
    },
    notifyOnNetworkStatusChange: true,
  });
  const more = useLoadMore('standards', data?.standards.pageInfo.endCursor, fetchMore);

  function update(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    update('zoek', searchInput.trim());
  }

  const standards = data?.standards;
  return (
    <Page title={t('standards.title')}>
      <p className="utrecht-paragraph">{t('standards.intro')}</p>
      <FeedLink href="/feeds/standaarden.atom" title={t('feeds.catalogue')} />
      <form role="search" className="koers-filters" onSubmit={onSearch}>
        <div className="koers-filters__search">
          <TextField
            id="standards-search"
            label={t('standards.search')}
            type="search"
            value={searchInput}
            onChange={(event) => setSearchInput(event.target.value)}
          />
          <Button type="submit" appearance="primary-action-button">
            {t('standards.searchButton')}
          </Button>
        </div>
        <SelectField
          id="standards-category"
          label={t('standards.category')}
          value={category}
          onChange={(value) => update('soort', value)}
          options={[
            { value: '', label: t('common.all') },
            ...CATEGORIES.map((value) => ({ value, label: t(`enums.category.${value}`) })),
          ]}
        />
        <SelectField
          id="standards-lifecycle"
          label={t('standards.lifecycle')}
          value={lifecycle}
          onChange={(value) => update('fase', value)}
          options={[
            { value: '', label: t('common.all') },
            ...LIFECYCLES.map((value) => ({ value, label: t(`enums.lifecycle.${value}`) })),
          ]}
        />
      </form>

      {error && !standards ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !standards ? (
        <Loading />
      ) : standards.nodes.length === 0 ? (
        <EmptyState
          message={search || category || lifecycle ? t('standards.noResults') : t('standards.empty')}
        />
      ) : (
        <>
          <p className="utrecht-paragraph" role="status">
            {t('standards.results', {
              count: standards.totalCount,
              formatted: format.number(standards.totalCount),
            })}
          </p>
          <ul className="koers-card-list">
            {standards.nodes.map((standard) => (
              <li key={standard.id} className="koers-card">
                <h2 className="utrecht-heading-3">
                  <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
                    {standard.name}
                  </Link>
                </h2>
                <p className="koers-card__meta">
                  {t(`enums.category.${standard.category}`)} · {t(`enums.lifecycle.${standard.lifecycle}`)}
                  {standard.complianceLevel && <> · {t(`enums.compliance.${standard.complianceLevel}`)}</>}
                </p>
                {standard.summary && <p className="utrecht-paragraph">{standard.summary}</p>}
              </li>
            ))}
          </ul>
          {error && <ErrorMessage error={error} />}
          {standards.pageInfo.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={more.busy || undefined}
              disabled={more.busy || loading}
              onClick={() => void more.loadMore()}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
