import { useQuery, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BenefitTable } from '../../features/initiatives/BenefitTable';
import { NewQuickWin } from '../../features/initiatives/NewQuickWin';
import { useViewer } from '../../features/auth/AuthContext';
import { ExportDownload } from '../../features/exports/ExportDownload';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { InitiativeStatus } from '../../gql/graphql';
import { useFormatters } from '../../i18n/format';

const STATUSES: readonly InitiativeStatus[] = ['IDEA', 'PLANNED', 'IN_PROGRESS', 'DELIVERED', 'STOPPED'];

const QuickWinsPageQuery = graphql(`
  query QuickWinsPageQuery {
    initiatives(first: 100) {
      totalCount
      nodes {
        id
        title
        status
        deadline
        overdue
        demoNote
        participants {
          municipality {
            id
          }
        }
      }
    }
    initiativeDashboard {
      total
      overdueCount
      byStatus {
        status
        count
      }
      benefit {
        expectedHoursPerYear
        realisedHoursPerYear
        expectedEurosPerYear
        realisedEurosPerYear
        expectedCitizensReached
        realisedCitizensReached
      }
      deadlinesNext90Days {
        id
        title
        deadline
        status
      }
    }
  }
`);

const QuickWinsChangedSubscription = graphql(`
  subscription QuickWinsChangedSubscription {
    initiativeChanged {
      kind
      initiative {
        id
        status
      }
    }
  }
`);

/** `/quick-wins`: the board by status and the manager dashboard, kept live. */
export function QuickWinsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  // The export is for those who run quick wins (`initiative:manage`); the server decides again.
  const mayExport = viewer?.roles.some((role) => role === 'MANAGER' || role === 'ADMIN') ?? false;
  const { data, error, refetch } = useQuery(QuickWinsPageQuery);
  useSubscription(QuickWinsChangedSubscription, { onData: () => void refetch().catch(() => undefined) });

  if (error && !data) {
    return (
      <Page title={t('quickWins.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('quickWins.title')}>
        <Loading />
      </Page>
    );
  }
  const { initiatives, initiativeDashboard: dashboard } = data;
  const benefit = dashboard.benefit;
  // Status, deadline, participants and benefit of seeded quick wins are demo values (their demoNote says which).
  const demoCount = initiatives.nodes.filter((initiative) => initiative.demoNote).length;

  return (
    <Page title={t('quickWins.title')}>
      <NewQuickWin />
      <section aria-labelledby="dashboard-heading">
        <h2 id="dashboard-heading" className="utrecht-heading-2">
          {t('quickWins.dashboard')}
        </h2>
        {demoCount > 0 && (
          <p className="utrecht-paragraph koers-demo-label" data-testid="quick-wins-demo-label">
            <span className="koers-badge">{t('common.demo')}</span>{' '}
            {t('quickWins.demoFigures', {
              demo: format.number(demoCount),
              total: format.number(dashboard.total),
            })}
          </p>
        )}
        <dl className="koers-figures">
          <div className="koers-figure">
            <dt>{t('quickWins.total')}</dt>
            <dd className="koers-figure__value">{format.number(dashboard.total)}</dd>
          </div>
          <div className="koers-figure">
            <dt>{t('quickWins.overdue')}</dt>
            <dd className="koers-figure__value">{format.number(dashboard.overdueCount)}</dd>
          </div>
          {dashboard.byStatus.map((entry) => (
            <div key={entry.status} className="koers-figure">
              <dt>{t(`enums.initiativeStatus.${entry.status}`)}</dt>
              <dd className="koers-figure__value">{format.number(entry.count)}</dd>
            </div>
          ))}
        </dl>
        <BenefitTable
          rows={[
            [t('quickWins.hoursPerYear'), benefit.expectedHoursPerYear, benefit.realisedHoursPerYear],
            [t('quickWins.eurosPerYear'), benefit.expectedEurosPerYear, benefit.realisedEurosPerYear],
            [
              t('quickWins.citizensReached'),
              benefit.expectedCitizensReached,
              benefit.realisedCitizensReached,
            ],
          ]}
        />
        <h3 className="utrecht-heading-3">{t('quickWins.deadlines')}</h3>
        {dashboard.deadlinesNext90Days.length === 0 ? (
          <EmptyState message={t('quickWins.noneInColumn')} />
        ) : (
          <ul className="utrecht-unordered-list">
            {dashboard.deadlinesNext90Days.map((deadline) => (
              <li key={deadline.id}>
                <Link className="utrecht-link" to={`/quick-wins/${deadline.id}`}>
                  {deadline.title}
                </Link>{' '}
                – {format.date(deadline.deadline)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="board-heading">
        <h2 id="board-heading" className="utrecht-heading-2">
          {t('quickWins.board')}
        </h2>
        {mayExport && (
          <ExportDownload
            id="quick-wins-export"
            path="/export/initiatives.csv"
            filename="initiatives.csv"
            label={t('exports.quickWinsCsv')}
            csv
          />
        )}
        {initiatives.nodes.length === 0 ? (
          <EmptyState message={t('quickWins.empty')} />
        ) : (
          <div className="koers-board">
            {STATUSES.map((status) => {
              const column = initiatives.nodes.filter((initiative) => initiative.status === status);
              return (
                <section key={status} className="koers-board__column" aria-labelledby={`column-${status}`}>
                  <h3 id={`column-${status}`} className="utrecht-heading-3">
                    {t(`enums.initiativeStatus.${status}`)} ({column.length})
                  </h3>
                  {column.length === 0 ? (
                    <p className="utrecht-paragraph">{t('quickWins.noneInColumn')}</p>
                  ) : (
                    <ul className="koers-board__list">
                      {column.map((initiative) => (
                        <li key={initiative.id} className="koers-card">
                          <Link className="utrecht-link" to={`/quick-wins/${initiative.id}`}>
                            {initiative.title}
                          </Link>
                          <div className="koers-card__meta">
                            {t('quickWins.deadline')} {format.date(initiative.deadline)}
                            {initiative.overdue && ` · ${t('quickWins.overdue')}`} ·{' '}
                            {t('quickWins.participants', { count: initiative.participants.length })}
                          </div>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </section>
    </Page>
  );
}
