import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { AdoptionMap } from '../../features/adoption/AdoptionMap';
import { loadBoundaries, type Boundaries } from '../../features/adoption/boundaries';
import { completeCounts } from '../../features/adoption/status';
import { StatusLegend } from '../../features/adoption/StatusLegend';
import { StatusSummary } from '../../features/adoption/StatusSummary';
import { TrendChart } from '../../features/adoption/TrendChart';
import { useAdoptionMapPoints } from '../../features/adoption/useAdoptionMapPoints';
import { graphql } from '../../gql';
import type { AdoptionFiguresQueryQuery, AdoptionStatus } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';
import { DemoLabel } from '../../features/demo/DemoLabel';
import { useDemoSetting } from '../../features/demo/DemoContext';
import { DemoSwitch } from '../../features/demo/DemoSwitch';
import { useViewer } from '../../features/auth/AuthContext';

type ProvinceRow = AdoptionFiguresQueryQuery['adoptionByProvince'][number];

const AdoptionPageQuery = graphql(`
  query AdoptionPageQuery($slug: String!, $hasSlug: Boolean!) {
    standards(first: 100) {
      nodes {
        id
        slug
        name
      }
    }
    chosen: standard(slug: $slug) @include(if: $hasSlug) {
      id
      slug
      name
    }
  }
`);

const AdoptionFiguresQuery = graphql(`
  query AdoptionFiguresQuery($standardId: ID!, $from: Date!, $to: Date!, $includeDemo: Boolean!) {
    standard(id: $standardId) {
      id
      slug
      name
      adoptionSummary(includeDemo: $includeDemo) {
        total
        demo
        byStatus {
          status
          count
        }
      }
    }
    adoptionByProvince(standardId: $standardId, includeDemo: $includeDemo) {
      province {
        code
        name
      }
      total
      demo
      byStatus {
        status
        count
      }
    }
    adoptionOverTime(
      standardId: $standardId
      from: $from
      to: $to
      interval: MONTH
      includeDemo: $includeDemo
    ) {
      date
      total
      demo
      byStatus {
        status
        count
      }
    }
  }
`);

const AdoptionChangedSubscription = graphql(`
  subscription AdoptionChangedSubscription($standardId: ID!) {
    adoptionChanged(standardId: $standardId) {
      id
      status
      municipality {
        id
        code
      }
    }
  }
`);

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `/adoptie`: nationwide adoption of one standard: map, summary, provinces and trend, live. */
export function AdoptionPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const slug = params.get('standaard');
  const { data, error, refetch } = useQuery(AdoptionPageQuery, {
    variables: { slug: slug ?? '', hasSlug: Boolean(slug) },
  });
  // The catalogue has more standards than one page holds: a standard named in the URL is added.
  const standards = data && [
    ...data.standards.nodes,
    ...(data.chosen && !data.standards.nodes.some((s) => s.id === data.chosen?.id) ? [data.chosen] : []),
  ];
  const chosen = standards?.find((standard) => standard.slug === slug) ?? standards?.[0];
  const { viewer } = useViewer();
  const canImport = viewer?.roles.some((role) => role === 'ADMIN' || role === 'MUNICIPALITY_EDITOR');

  return (
    <Page title={t('adoption.title')}>
      <p className="utrecht-paragraph">{t('adoption.intro')}</p>
      {canImport && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/adoptie/import">
            {t('import.link')}
          </Link>
        </p>
      )}
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !standards ? (
        <Loading />
      ) : !chosen ? (
        <EmptyState message={t('adoption.noStandards')} />
      ) : (
        <>
          <SelectField
            id="adoption-standard"
            label={t('adoption.chooseStandard')}
            value={chosen.slug}
            onChange={(value) => setParams({ standaard: value }, { replace: true })}
            options={standards.map((standard) => ({ value: standard.slug, label: standard.name }))}
          />
          <AdoptionFigures key={chosen.id} standardId={chosen.id} />
        </>
      )}
    </Page>
  );
}

/** Everything about one standard; keyed by standard so live overrides reset on a new choice. */
function AdoptionFigures({ standardId }: { standardId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const range = useMemo(() => {
    const to = new Date();
    const from = new Date(Date.UTC(to.getUTCFullYear() - 2, to.getUTCMonth(), 1));
    return { from: isoDate(from), to: isoDate(to) };
  }, []);
  const { showDemo } = useDemoSetting();
  const figures = useQuery(AdoptionFiguresQuery, {
    variables: { standardId, ...range, includeDemo: showDemo },
  });
  const map = useAdoptionMapPoints(standardId, showDemo);
  const [live, setLive] = useState<Map<string, AdoptionStatus>>(() => new Map());
  const [boundaries, setBoundaries] = useState<Boundaries | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    loadBoundaries(controller.signal)
      .then(setBoundaries)
      .catch(() => undefined); // Without boundaries the centroids still tell the whole story.
    return () => controller.abort();
  }, []);

  const refetchFigures = figures.refetch;
  useSubscription(AdoptionChangedSubscription, {
    variables: { standardId },
    onData: ({ data: event }) => {
      const adoption = event.data?.adoptionChanged;
      if (!adoption) return;
      setLive((current) => new Map(current).set(adoption.municipality.code, adoption.status));
      setAnnouncement(t('common.live'));
      void refetchFigures().catch(() => undefined);
    },
  });

  const points = useMemo(
    () => map.points.map((point) => ({ ...point, status: live.get(point.code) ?? point.status })),
    [map.points, live],
  );

  if (figures.error && !figures.data) {
    return <ErrorMessage error={figures.error} onRetry={() => void figures.refetch()} />;
  }
  if (!figures.data) return <Loading />;
  const standard = figures.data.standard;
  if (!standard) return <EmptyState message={t('errors.NOT_FOUND')} />;
  const statusLabel = (status: AdoptionStatus) => t(`enums.adoptionStatus.${status}`);
  const summary = standard.adoptionSummary;
  const lastPoint = figures.data.adoptionOverTime.at(-1);

  return (
    <>
      <DemoSwitch />
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
          {standard.name}
        </Link>
      </p>
      <p className="koers-visually-hidden" role="status">
        {announcement}
      </p>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="utrecht-heading-2">
          {t('adoption.summary')}
        </h2>
        <DemoLabel demo={summary.demo} total={summary.total} testId="summary-demo-label" />
        <StatusSummary total={summary.total} byStatus={summary.byStatus} labelledBy="summary-heading" />
      </section>

      <section aria-labelledby="map-heading" className="koers-map-section">
        <h2 id="map-heading" className="utrecht-heading-2">
          {t('adoption.map')}
        </h2>
        <DemoLabel demo={summary.demo} total={summary.total} testId="map-demo-label" />
        <div className="koers-map-layout">
          {map.error && map.points.length === 0 ? (
            <ErrorMessage error={map.error} onRetry={() => void map.refetch()} />
          ) : map.points.length === 0 ? (
            <Loading />
          ) : (
            <AdoptionMap
              points={points}
              boundaries={boundaries?.features ?? null}
              label={t('adoption.mapLabel', { standard: standard.name })}
              statusLabel={statusLabel}
            />
          )}
          {boundaries?.attribution && (
            <p className="utrecht-paragraph koers-map__attribution">
              {t('adoption.mapAttribution', { source: boundaries.attribution })}
            </p>
          )}
          <StatusLegend headingId="legend-heading" />
        </div>
      </section>

      <section aria-labelledby="province-heading">
        <h2 id="province-heading" className="utrecht-heading-2">
          {t('adoption.byProvince')}
        </h2>
        <DemoLabel demo={summary.demo} total={summary.total} testId="province-demo-label" />
        <DataTable<ProvinceRow>
          labelledBy="province-heading"
          testId="province-table"
          rows={[...figures.data.adoptionByProvince].sort((a, b) =>
            a.province.name.localeCompare(b.province.name, 'nl'),
          )}
          rowKey={(row) => row.province.code}
          columns={[
            {
              key: 'province',
              header: t('adoption.province'),
              cell: (row) => row.province.name,
              rowHeader: true,
            },
            {
              key: 'total',
              header: t('adoption.municipalities'),
              cell: (row) => format.number(row.total),
              numeric: true,
            },
            {
              key: 'demo',
              header: t('common.demo'),
              cell: (row) => format.number(row.demo),
              numeric: true,
            },
            ...completeCounts([]).map(({ status }) => ({
              key: status,
              header: statusLabel(status),
              numeric: true,
              cell: (row: ProvinceRow) =>
                format.number(
                  completeCounts(row.byStatus).find((entry) => entry.status === status)?.count ?? 0,
                ),
            })),
          ]}
        />
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading" className="utrecht-heading-2">
          {t('adoption.trend')}
        </h2>
        {lastPoint && <DemoLabel demo={lastPoint.demo} total={lastPoint.total} testId="trend-demo-label" />}
        {figures.data.adoptionOverTime.length === 0 ? (
          <EmptyState message={t('adoption.empty')} />
        ) : (
          <TrendChart
            points={figures.data.adoptionOverTime}
            label={t('adoption.trendLabel', { standard: standard.name })}
          />
        )}
      </section>
    </>
  );
}
