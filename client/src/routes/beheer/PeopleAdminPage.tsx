import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { InviteForm } from '../../features/people/InviteForm';
import { PersonPanel } from '../../features/people/PersonPanel';
import { graphql } from '../../gql';

const PeopleAdminQuery = graphql(`
  query PeopleAdminQuery($search: String) {
    users(search: $search, first: 100) {
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

/**
 * `/beheer/mensen` (admins): find people, invite someone, and manage one person at a time. The
 * list's fields are written out (no fragment, no total): the query-cost limit counts a fragment on
 * a page of 100 people several times over.
 */
export function PeopleAdminPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(PeopleAdminQuery, {
    variables: { search: search.trim() || null },
  });
  const people = data?.users.nodes;
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
        ) : (
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
        )}
      </section>
      {selected && <PersonPanel key={selected.id} person={selected} onClose={() => setSelectedId(null)} />}
    </Page>
  );
}
