import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { graphql } from '../../gql';
import type { ProgrammeDashboardQueryQuery, SizeClass } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { DemoLabel } from '../demo/DemoLabel';
import { download, toCsv } from './csv';

const ProgrammeDashboardQuery = graphql(`
  query ProgrammeDashboardQuery(
    $slug: String!
    $includeDemo: Boolean!
    $province: String
    $cooperationId: ID
    $sizeClass: SizeClass
  ) {
    programmeDashboard(
      slug: $slug
      includeDemo: $includeDemo
      province: $province
      cooperationId: $cooperationId
      sizeClass: $sizeClass
    ) {
      total {
        ...GroupProgressFields
      }
      provinces {
        ...GroupProgressFields
      }
      cooperations {
        ...GroupProgressFields
      }
      sizeClasses {
        ...GroupProgressFields
      }
      municipalities {
        sizeClass
        applicable
        met
        overdue
        explained
        demo
        municipality {
          id
          code
          name
          province {
            code
            name
          }
        }
      }
    }
    provinces {
      code
      name
    }
    cooperations {
      id
      name
    }
  }
  fragment GroupProgressFields on ProgrammeGroupProgress {
    key
    name
    municipalityCount
    applicable
    met
    overdue
    explained
    demo
    partial
  }
`);

type Dashboard = NonNullable<ProgrammeDashboardQueryQuery['programmeDashboard']>;
type Group = Dashboard['provinces'][number];
type MunicipalityRow = Dashboard['municipalities'][number];
type SortKey = 'name' | 'met' | 'overdue';

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/**
 * A programme's dashboard: totals, per province, cooperation and size class, and per municipality
 * ("x of N obligations met"), filtered by province, cooperation and size class, sortable, and as CSV.
 */
export function ProgrammeDashboard({ slug, includeDemo }: { slug: string; includeDemo: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [filters, setFilters] = useState({ province: '', cooperationId: '', sizeClass: '' });
  const [sort, setSort] = useState<SortKey>('name');
  const { data, error, refetch } = useQuery(ProgrammeDashboardQuery, {
    variables: {
      slug,
      includeDemo,
      province: filters.province || null,
      cooperationId: filters.cooperationId || null,
      sizeClass: (filters.sizeClass || null) as SizeClass | null,
    },
  });
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data?.programmeDashboard) return <Loading />;
  const dashboard = data.programmeDashboard;
  const sizeLabel = (key: string) => t(`enums.sizeClass.${key as SizeClass | 'UNKNOWN'}`);
  const groupColumns = (nameOf: (g: Group) => string) => [
    {
      key: 'name',
      header: t('programme.group'),
      rowHeader: true,
      cell: (g: Group) => (g.partial ? `${nameOf(g)} (${t('municipality.partialList')})` : nameOf(g)),
    },
    {
      key: 'count',
      header: t('adoption.municipalities'),
      numeric: true,
      cell: (g: Group) => format.number(g.municipalityCount),
    },
    {
      key: 'met',
      header: t('programme.metShare'),
      numeric: true,
      cell: (g: Group) => format.percent(share(g.met, g.applicable)),
    },
    {
      key: 'overdue',
      header: t('enums.obligationState.OVERDUE'),
      numeric: true,
      cell: (g: Group) => format.number(g.overdue),
    },
    {
      key: 'explained',
      header: t('enums.obligationState.EXPLAINED'),
      numeric: true,
      cell: (g: Group) => format.number(g.explained),
    },
    { key: 'demo', header: t('common.demo'), numeric: true, cell: (g: Group) => format.number(g.demo) },
  ];
  const municipalities = [...dashboard.municipalities].sort((a, b) =>
    sort === 'name'
      ? a.municipality.name.localeCompare(b.municipality.name, 'nl')
      : sort === 'met'
        ? share(b.met, b.applicable) - share(a.met, a.applicable)
        : b.overdue - a.overdue,
  );
  const exportCsv = () =>
    download(
      `programma-${slug}.csv`,
      toCsv(
        [
          'municipalityCode',
          'municipality',
          'province',
          'sizeClass',
          'applicable',
          'met',
          'overdue',
          'explained',
          'bron',
        ],
        municipalities.map((row) => [
          row.municipality.code,
          row.municipality.name,
          row.municipality.province.name,
          row.sizeClass ?? '',
          row.applicable,
          row.met,
          row.overdue,
          row.explained,
          row.demo > 0
            ? `demo (${row.demo} van ${row.applicable} gegenereerd)`
            : 'meldingen in Koers en bronnen',
        ]),
      ),
    );

  return (
    <>
      <DemoLabel
        demo={dashboard.total.demo}
        total={dashboard.total.applicable}
        testId="dashboard-demo-label"
      />
      <p className="utrecht-paragraph" data-testid="dashboard-total">
        {t('programme.totalText', {
          met: format.number(dashboard.total.met),
          applicable: format.number(dashboard.total.applicable),
          overdue: format.number(dashboard.total.overdue),
          explained: format.number(dashboard.total.explained),
        })}
      </p>
      <div className="koers-filters">
        <SelectField
          id="filter-province"
          label={t('adoption.province')}
          value={filters.province}
          onChange={(province) => setFilters({ ...filters, province })}
          options={[
            { value: '', label: t('programme.all') },
            ...data.provinces.map((p) => ({ value: p.code, label: p.name })),
          ]}
        />
        <SelectField
          id="filter-cooperation"
          label={t('municipality.cooperations')}
          value={filters.cooperationId}
          onChange={(cooperationId) => setFilters({ ...filters, cooperationId })}
          options={[
            { value: '', label: t('programme.all') },
            ...data.cooperations.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <SelectField
          id="filter-size"
          label={t('municipality.sizeClass')}
          value={filters.sizeClass}
          onChange={(sizeClass) => setFilters({ ...filters, sizeClass })}
          options={[
            { value: '', label: t('programme.all') },
            ...dashboard.sizeClasses.map((g) => ({ value: g.key, label: sizeLabel(g.key) })),
          ]}
        />
      </div>
      <h3 id="by-size-heading" className="utrecht-heading-3">
        {t('programme.bySize')}
      </h3>
      <DataTable<Group>
        labelledBy="by-size-heading"
        rows={dashboard.sizeClasses}
        rowKey={(g) => g.key}
        columns={groupColumns((g) => sizeLabel(g.key))}
      />
      <h3 id="by-province-heading" className="utrecht-heading-3">
        {t('adoption.byProvince')}
      </h3>
      <DataTable<Group>
        labelledBy="by-province-heading"
        rows={dashboard.provinces}
        rowKey={(g) => g.key}
        columns={groupColumns((g) => g.name)}
      />
      <h3 id="by-cooperation-heading" className="utrecht-heading-3">
        {t('programme.byCooperation')}
      </h3>
      <DataTable<Group>
        labelledBy="by-cooperation-heading"
        rows={dashboard.cooperations}
        rowKey={(g) => g.key}
        columns={groupColumns((g) => g.name)}
      />
      <h3 id="by-municipality-heading" className="utrecht-heading-3">
        {t('programme.byMunicipality')}
      </h3>
      <div className="koers-actions">
        <SelectField
          id="sort-municipalities"
          label={t('programme.sortBy')}
          value={sort}
          onChange={(value) => setSort(value as SortKey)}
          options={[
            { value: 'name', label: t('programme.sortName') },
            { value: 'met', label: t('programme.sortMet') },
            { value: 'overdue', label: t('programme.sortOverdue') },
          ]}
        />
        <Button type="button" appearance="secondary-action-button" onClick={exportCsv}>
          {t('programme.downloadCsv')}
        </Button>
      </div>
      <DataTable<MunicipalityRow>
        labelledBy="by-municipality-heading"
        testId="municipality-progress"
        rows={municipalities}
        rowKey={(row) => row.municipality.id}
        columns={[
          {
            key: 'name',
            header: t('programme.municipality'),
            rowHeader: true,
            cell: (row) => (
              <Link className="utrecht-link" to={`/gemeenten/${row.municipality.code}`}>
                {row.municipality.name}
              </Link>
            ),
          },
          {
            key: 'size',
            header: t('municipality.sizeClass'),
            cell: (row) => (row.sizeClass ? sizeLabel(row.sizeClass) : t('common.none')),
          },
          {
            key: 'met',
            header: t('programme.progress'),
            cell: (row) =>
              t('programme.municipalityText', {
                met: format.number(row.met),
                applicable: format.number(row.applicable),
              }),
          },
          {
            key: 'overdue',
            header: t('enums.obligationState.OVERDUE'),
            numeric: true,
            cell: (row) => format.number(row.overdue),
          },
          {
            key: 'explained',
            header: t('enums.obligationState.EXPLAINED'),
            numeric: true,
            cell: (row) => format.number(row.explained),
          },
          { key: 'demo', header: t('common.demo'), numeric: true, cell: (row) => format.number(row.demo) },
        ]}
      />
    </>
  );
}
