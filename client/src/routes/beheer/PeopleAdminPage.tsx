import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadMore } from '../../apollo/useLoadMore';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { LoadMore } from '../../features/admin/LoadMore';
import { InviteForm } from '../../features/people/InviteForm';
import { PersonPanel } from '../../features/people/PersonPanel';
import { graphql } from '../../gql';

const PeopleAdminQuery = graphql(`
  query PeopleAdminQuery($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        email
        roles
        accountStatus
        municipality {
          id
          name
        }
        cooperation {
          id
          name
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

/**
 * `/beheer/mensen` (admins): find people, invite someone, and manage one person at a time, in pages
 * of 25 with "Meer laden". The list's fields are written out (no fragment): the query-cost limit
 * counts a fragment on a page of people several times over.
 */
export function PeopleAdminPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { data, error, refetch, fetchMore } = useQuery(PeopleAdminQuery, {
    variables: { search: search.trim() || null, first: PAGE_SIZE },
  });
  const people = data?.users.nodes;
  const more = useLoadMore('users', data?.users.pageInfo.endCursor, fetchMore);
  const selected = people?.find((person) => person.id === selectedId) ?? null;

  useEffect(() => {
    if (selectedId) document.getElementById('person-heading')?.focus();
  }, [selectedId]);

  return (
    <Page title={t('admin.sections.people')}>
      <InviteForm />
      <section aria-labelledby="people-heading">
        <h2 id="people-heading" className="utrecht-heading-2">
          {t('people.list')}
        </h2>
        <TextField
          id="people-search"
          label={t('people.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {error && !data ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !people ? (
          <Loading />
        ) : people.length === 0 ? (
          <EmptyState message={t('people.none')} />
        ) : (
          <>
            <DataTable
              rows={people}
              rowKey={(person) => person.id}
              columns={[
                { key: 'name', header: t('people.name'), rowHeader: true, cell: (person) => person.name },
                { key: 'email', header: t('people.email'), cell: (person) => person.email ?? '' },
                {
                  key: 'roles',
                  header: t('people.roles'),
                  cell: (person) =>
                    person.roles.map((role) => t(`people.role.${role}`)).join(', ') || t('people.reader'),
                },
                {
                  key: 'status',
                  header: t('common.status'),
                  cell: (person) => t(`people.status.${person.accountStatus ?? 'ACTIVE'}`),
                },
                {
                  key: 'manage',
                  header: t('people.manageColumn'),
                  cell: (person) => (
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={t('people.manage', { name: person.name })}
                      onClick={() => setSelectedId(person.id)}
                    >
                      {t('people.manageShort')}
                    </Button>
                  ),
                },
              ]}
            />
            <LoadMore connection={data.users} busy={more.busy} onLoadMore={() => void more.loadMore()} />
          </>
        )}
      </section>
      {selected && <PersonPanel key={selected.id} person={selected} onClose={() => setSelectedId(null)} />}
    </Page>
  );
}
