import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';

const RoadmapPageQuery = graphql(`
  query RoadmapPageQuery($id: ID!) {
    roadmap(id: $id) {
      id
      title
      startYear
      endYear
      taskforce {
        id
        name
      }
      lanes {
        id
        title
      }
      items {
        id
        title
        laneId
        startYear
        endYear
        status
      }
      milestones {
        id
        title
        date
      }
    }
  }
`);

/**
 * `/roadmaps/:id`: a read-only timeline, years across and lanes down, every item a bar spanning
 * its years. It is a grid of real elements, so each item is read out with its years.
 */
export function RoadmapPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RoadmapPageQuery, { variables: { id } });

  if (error && !data) {
    return (
      <Page title={t('roadmap.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('roadmap.title')}>
        <Loading />
      </Page>
    );
  }
  const roadmap = data.roadmap;
  if (!roadmap) {
    return (
      <Page title={t('roadmap.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }

  const years: number[] = [];
  for (let year = roadmap.startYear; year <= roadmap.endYear; year += 1) years.push(year);
  const laneIds = new Set(roadmap.lanes.map((lane) => lane.id));
  const lanes = [...roadmap.lanes];
  if (roadmap.items.some((item) => !item.laneId || !laneIds.has(item.laneId))) {
    lanes.push({ id: '', title: t('roadmap.noLane'), __typename: 'RoadmapLane' });
  }
  const itemsOf = (laneId: string) =>
    roadmap.items.filter((item) =>
      laneId ? item.laneId === laneId : !item.laneId || !laneIds.has(item.laneId),
    );

  return (
    <Page title={roadmap.title}>
      <p className="utrecht-paragraph">
        {roadmap.taskforce?.name} · {roadmap.startYear}–{roadmap.endYear}
      </p>
      <p className="utrecht-paragraph">{t('roadmap.readOnly')}</p>
      <h2 className="utrecht-heading-2">{t('roadmap.timeline')}</h2>
      {roadmap.items.length === 0 ? (
        <EmptyState message={t('roadmap.empty')} />
      ) : (
        <div className="koers-timeline">
          <table className="utrecht-table koers-timeline__table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('roadmap.lane')}
                </th>
                {years.map((year) => (
                  <th key={year} className="utrecht-table__header-cell" scope="col">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lanes.flatMap((lane) =>
                itemsOf(lane.id).map((item, index) => {
                  const start = Math.max(item.startYear, roadmap.startYear);
                  const end = Math.min(item.endYear, roadmap.endYear);
                  const before = start - roadmap.startYear;
                  const span = Math.max(1, end - start + 1);
                  const after = Math.max(0, years.length - before - span);
                  return (
                    <tr key={item.id} className="utrecht-table__row">
                      {index === 0 ? (
                        <th
                          className="utrecht-table__header-cell"
                          scope="rowgroup"
                          rowSpan={itemsOf(lane.id).length}
                        >
                          {lane.title}
                        </th>
                      ) : null}
                      {before > 0 && <td className="utrecht-table__cell" colSpan={before} />}
                      <td className="utrecht-table__cell" colSpan={span}>
                        <div className="koers-bar">
                          {item.title}{' '}
                          <span className="koers-bar__years">
                            ({item.startYear}–{item.endYear}
                            {item.status ? `, ${item.status}` : ''})
                          </span>
                        </div>
                      </td>
                      {after > 0 && <td className="utrecht-table__cell" colSpan={after} />}
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </div>
      )}
      {roadmap.milestones.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">{t('roadmap.milestones')}</h2>
          <ul className="utrecht-unordered-list">
            {roadmap.milestones.map((milestone) => (
              <li key={milestone.id}>
                {milestone.date}: {milestone.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
