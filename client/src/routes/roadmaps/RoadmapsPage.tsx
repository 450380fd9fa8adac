import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const RoadmapsPageQuery = graphql(`
  query RoadmapsPageQuery {
    roadmaps(first: 100) {
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
  const { data, error, refetch } = useQuery(RoadmapsPageQuery);
  const roadmaps = data?.roadmaps.nodes;
  return (
    <Page title={t('roadmaps.title')}>
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : !roadmaps ? (
        <Loading />
      ) : roadmaps.length === 0 ? (
        <EmptyState message={t('roadmaps.empty')} />
      ) : (
        <div className="koers-table-wrapper">
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('common.name')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('roadmaps.taskforce')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('roadmaps.period')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('roadmaps.lastActivity')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {roadmaps.map((roadmap) => (
                <tr key={roadmap.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="row">
                    <Link className="utrecht-link" to={`/roadmaps/${roadmap.id}`}>
                      {roadmap.title}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{roadmap.taskforce?.name ?? t('common.none')}</td>
                  <td className="utrecht-table__cell">
                    {roadmap.startYear}–{roadmap.endYear}
                  </td>
                  <td className="utrecht-table__cell">{format.dateTime(roadmap.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
