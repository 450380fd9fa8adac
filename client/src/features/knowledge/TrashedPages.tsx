import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const TrashedPagesQuery = graphql(`
  query TrashedPagesQuery {
    trashedPages(first: 50) {
      totalCount
      nodes {
        id
        title
        deletedAt
      }
    }
  }
`);

const RestorePageMutation = graphql(`
  mutation RestorePageMutation($id: ID!) {
    restorePage(id: $id) {
      id
      deletedAt
    }
  }
`);

/** The trash: deleted knowledge pages, each with a button that brings it back. Editors only. */
export function TrashedPages() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data } = useQuery(TrashedPagesQuery, { fetchPolicy: 'cache-and-network' });
  // The list of pages on the same screen shows the page again at once.
  const [restore, restoring] = useMutation(RestorePageMutation, {
    refetchQueries: ['KnowledgePageQuery', 'TrashedPagesQuery'],
    awaitRefetchQueries: true,
  });
  // A page restored a moment ago is still in the list until it is read again: leave it out.
  const pages = (data?.trashedPages.nodes ?? []).flatMap((page) =>
    page.deletedAt ? [{ ...page, deletedAt: page.deletedAt }] : [],
  );
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby="trash-heading">
      <h2 id="trash-heading" className="utrecht-heading-2">
        {t('pageTools.trash')}
      </h2>
      {restoring.error && <ErrorMessage error={restoring.error} />}
      <ul className="utrecht-unordered-list">
        {pages.map((page) => (
          <li key={page.id} className="utrecht-unordered-list__item">
            {page.title} ({t('pageTools.deletedOn', { date: format.dateTime(page.deletedAt) })}){' '}
            <Button
              type="button"
              appearance="secondary-action-button"
              disabled={restoring.loading}
              onClick={() => void restore({ variables: { id: page.id } }).catch(() => undefined)}
            >
              {t('pageTools.restore', { title: page.title })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
