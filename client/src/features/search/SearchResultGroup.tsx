import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchPageQueryQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { searchHitPath } from './searchPath';

/** One group of the results page: the hits of one kind. */
export type SearchGroupData = SearchPageQueryQuery['search']['groups'][number];

/** The hits of one kind under their own heading, each linking to its page. */
export function SearchResultGroup({ group }: { group: SearchGroupData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `search-group-${group.kind}`;
  const hidden = group.totalCount - group.hits.length;
  return (
    <section aria-labelledby={headingId} className="koers-search-results__group">
      <h2 id={headingId} className="utrecht-heading-2">
        {t(`search.kinds.${group.kind}`)} ({format.number(group.totalCount)})
      </h2>
      <ol className="koers-search-results__list">
        {group.hits.map((hit) => (
          <li key={hit.id} className="koers-card">
            <Link className="utrecht-link" to={searchHitPath(hit)}>
              {hit.title}
            </Link>
            {hit.context && <p className="utrecht-paragraph koers-search-results__context">{hit.context}</p>}
            {hit.snippet && <p className="utrecht-paragraph koers-search-results__snippet">{hit.snippet}</p>}
          </li>
        ))}
      </ol>
      {hidden > 0 && <p className="utrecht-paragraph">{t('search.more', { count: hidden })}</p>}
    </section>
  );
}
