import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLoadMore } from '../../apollo/useLoadMore';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { LoadMore } from '../../features/admin/LoadMore';
import { StandardForm } from '../../features/catalogue/StandardForm';
import { useStandardAdmin } from '../../features/catalogue/useStandardAdmin';
import { graphql } from '../../gql';

const CatalogueAdminQuery = graphql(`
  query CatalogueAdminQuery($first: Int, $after: String) {
    standards(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        lifecycle
        versions {
          number
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;

const blank = {
  name: '',
  slug: '',
  category: 'API_STANDARD' as const,
  summary: '',
  owner: '',
  url: '',
  complianceLevel: '' as const,
  establishedOn: '',
  complianceDeadline: '',
  links: [],
};

/** `/beheer/catalogus` (admins): the standards in pages ("Meer laden"), each with a link to manage it, and "Nieuwe standaard". */
export function CatalogueAdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { createStandard } = useStandardAdmin();
  const [creating, setCreating] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(CatalogueAdminQuery, {
    variables: { first: PAGE_SIZE },
  });
  const more = useLoadMore('standards', data?.standards.pageInfo.endCursor, fetchMore);
  return (
    <Page title={t('admin.sections.catalogue')}>
      {creating ? (
        <section aria-labelledby="new-standard-heading" className="koers-panel">
          <h2 id="new-standard-heading" className="utrecht-heading-2">
            {t('catalogue.new')}
          </h2>
          <StandardForm
            idPrefix="new-standard"
            initial={blank}
            submitLabel={t('catalogue.create')}
            onSave={async (values) => {
              const standard = await createStandard({ ...values, lifecycle: 'DRAFT' });
              if (standard) void navigate(`/beheer/catalogus/${standard.slug}`);
              return t('catalogue.created', { name: values.name });
            }}
          />
          <div className="koers-actions">
            <Button type="button" appearance="secondary-action-button" onClick={() => setCreating(false)}>
              {t('roadmapEditor.cancel')}
            </Button>
          </div>
        </section>
      ) : (
        <div className="koers-actions">
          <Button type="button" appearance="primary-action-button" onClick={() => setCreating(true)}>
            {t('catalogue.new')}
          </Button>
        </div>
      )}
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <DataTable
            rows={data.standards.nodes}
            rowKey={(standard) => standard.id}
            columns={[
              {
                key: 'name',
                header: t('common.name'),
                rowHeader: true,
                cell: (standard) => (
                  <Link className="utrecht-link" to={`/beheer/catalogus/${standard.slug}`}>
                    {standard.name}
                  </Link>
                ),
              },
              {
                key: 'lifecycle',
                header: t('standard.lifecycle'),
                cell: (standard) => t(`enums.lifecycle.${standard.lifecycle}`),
              },
              {
                key: 'version',
                header: t('standard.version'),
                cell: (standard) => standard.versions.at(-1)?.number ?? t('common.none'),
              },
            ]}
          />
          <LoadMore connection={data.standards} busy={more.busy} onLoadMore={() => void more.loadMore()} />
        </>
      )}
    </Page>
  );
}
