import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { ProgrammesPageQueryQuery } from '../../gql/graphql';
import { periodOf } from '../../features/programmes/period';

const ProgrammesPageQuery = graphql(`
  query ProgrammesPageQuery {
    programmes {
      id
      slug
      name
      owner
      periodFrom
      periodTo
      obligations {
        id
      }
    }
  }
`);

type Programme = ProgrammesPageQueryQuery['programmes'][number];

/** `/programmas`: the steering programmes and how many obligations each sets; public. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ProgrammesPageQuery);
  return (
    <Page title={t('programmes.title')}>
      <p className="utrecht-paragraph">{t('programmes.intro')}</p>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <DataTable<Programme>
          caption={t('programmes.title')}
          rows={data.programmes}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'name',
              header: t('programmes.name'),
              rowHeader: true,
              cell: (p) => (
                <Link className="utrecht-link" to={`/programmas/${p.slug}`}>
                  {p.name}
                </Link>
              ),
            },
            { key: 'owner', header: t('programmes.owner'), cell: (p) => p.owner },
            { key: 'period', header: t('programmes.period'), cell: (p) => periodOf(p) ?? t('common.none') },
            {
              key: 'obligations',
              header: t('programmes.obligations'),
              numeric: true,
              cell: (p) => p.obligations.length,
            },
          ]}
        />
      )}
    </Page>
  );
}
