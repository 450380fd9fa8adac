import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import type { ExplanationRegisterQueryQuery } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

const ExplanationRegisterQuery = graphql(`
  query ExplanationRegisterQuery($slug: String!, $includeDemo: Boolean!) {
    explanations(programmeSlug: $slug, includeDemo: $includeDemo) {
      id
      note
      isDemo
      updatedAt
      standard {
        id
        slug
        name
      }
      municipality {
        id
        code
        name
      }
    }
  }
`);

type Row = ExplanationRegisterQueryQuery['explanations'][number];

/** The leg-uit register: every explanation given on the programme's standards, per standard. */
export function ExplanationRegister({ slug, includeDemo }: { slug: string; includeDemo: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(ExplanationRegisterQuery, { variables: { slug, includeDemo } });
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (data.explanations.length === 0)
    return <p className="utrecht-paragraph">{t('programme.noExplanations')}</p>;
  const rows = [...data.explanations].sort(
    (a, b) =>
      a.standard.name.localeCompare(b.standard.name, 'nl') ||
      a.municipality.name.localeCompare(b.municipality.name, 'nl'),
  );
  return (
    <DataTable<Row>
      labelledBy="register-heading"
      testId="explanation-register"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'standard',
          header: t('municipality.standard'),
          rowHeader: true,
          cell: (row) => row.standard.name,
        },
        {
          key: 'municipality',
          header: t('programme.municipality'),
          cell: (row) => (
            <Link className="utrecht-link" to={`/gemeenten/${row.municipality.code}`}>
              {row.municipality.name}
            </Link>
          ),
        },
        {
          key: 'note',
          header: t('municipality.explanation'),
          cell: (row) => (
            <>
              {row.note}
              {row.isDemo && <span className="koers-badge">{t('common.demo')}</span>}
            </>
          ),
        },
        { key: 'at', header: t('municipality.when'), cell: (row) => format.date(row.updatedAt) },
      ]}
    />
  );
}
