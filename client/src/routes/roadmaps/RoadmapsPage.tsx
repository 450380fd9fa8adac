import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { NewRoadmap } from '../../features/roadmaps/NewRoadmap';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const RoadmapsPageQuery = graphql(`
  query RoadmapsPageQuery($archived: Boolean) {
    roadmaps(first: 100, archived: $archived) {
      nodes {
        id
        title
        startYear
        endYear
        updatedAt
        taskforce {
          id
          name
        }
      }
    }
  }
`);

/** `/roadmaps`: every roadmap with its taskforce, period and last change. */
export function RoadmapsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [archived, setArchived] = useState(false);
  const { data, error, refetch } = useQuery(RoadmapsPageQuery, { variables: { archived } });
  const roadmaps = data?.roadmaps.nodes;
  return (
    <Page title={t('roadmaps.title')}>
      <NewRoadmap />
      <div className="koers-actions">
        <Button
          type="button"
          appearance="subtle-button"
          aria-pressed={archived}
          onClick={() => setArchived(!archived)}
        >
          {t('roadmapAdmin.showArchived')}
        </Button>
      </div>
      {archived && <h2 className="utrecht-heading-2">{t('roadmapAdmin.archivedHeading')}</h2>}
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !roadmaps ? (
        <Loading />
      ) : roadmaps.length === 0 ? (
        <EmptyState message={t('roadmaps.empty')} />
      ) : (
        <DataTable
          rows={roadmaps}
          rowKey={(roadmap) => roadmap.id}
          columns={[
            {
              key: 'title',
              header: t('common.name'),
              rowHeader: true,
              cell: (roadmap) => (
                <Link className="utrecht-link" to={`/roadmaps/${roadmap.id}`}>
                  {roadmap.title}
                </Link>
              ),
            },
            {
              key: 'taskforce',
              header: t('roadmaps.taskforce'),
              cell: (r) => r.taskforce?.name ?? t('common.none'),
            },
            { key: 'period', header: t('roadmaps.period'), cell: (r) => `${r.startYear}–${r.endYear}` },
            {
              key: 'activity',
              header: t('roadmaps.lastActivity'),
              cell: (r) => format.dateTime(r.updatedAt),
            },
          ]}
        />
      )}
    </Page>
  );
}
