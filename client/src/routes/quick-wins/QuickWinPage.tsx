import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';
import { BenefitTable } from './QuickWinsPage';

const QuickWinPageQuery = graphql(`
  query QuickWinPageQuery($id: ID!) {
    initiative(id: $id) {
      id
      title
      description
      status
      stopReason
      deadline
      overdue
      owner {
        id
        name
      }
      ownerTaskforce {
        id
        name
      }
      standards {
        id
        slug
        name
      }
      participants {
        municipality {
          id
          code
          name
        }
        status
        startedOn
        liveOn
      }
      expectedBenefit {
        hoursPerYear
        eurosPerYear
        citizensReached
      }
      latestRealisedBenefit {
        date
        hoursPerYear
        eurosPerYear
        citizensReached
      }
    }
  }
`);

/** `/quick-wins/:id`: one initiative with its participants' rollout and its benefits. */
export function QuickWinPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(QuickWinPageQuery, { variables: { id } });

  if (error && !data) {
    return (
      <Page title={t('quickWin.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('quickWin.title')}>
        <Loading />
      </Page>
    );
  }
  const initiative = data.initiative;
  if (!initiative) {
    return (
      <Page title={t('quickWin.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }
  const none = t('common.none');
  const expected = initiative.expectedBenefit;
  const realised = initiative.latestRealisedBenefit;

  return (
    <Page title={initiative.title}>
      {initiative.description && <p className="utrecht-paragraph koers-lead">{initiative.description}</p>}
      <dl className="koers-facts">
        <dt>{t('common.status')}</dt>
        <dd>{t(`enums.initiativeStatus.${initiative.status}`)}</dd>
        <dt>{t('quickWins.deadline')}</dt>
        <dd>
          {format.date(initiative.deadline)}
          {initiative.overdue && ` (${t('quickWins.overdue')})`}
        </dd>
        {initiative.stopReason && (
          <>
            <dt>{t('quickWin.stopReason')}</dt>
            <dd>{initiative.stopReason}</dd>
          </>
        )}
        <dt>{t('quickWin.owner')}</dt>
        <dd>{initiative.owner?.name ?? none}</dd>
        <dt>{t('quickWin.taskforce')}</dt>
        <dd>{initiative.ownerTaskforce?.name ?? none}</dd>
        <dt>{t('quickWin.standards')}</dt>
        <dd>
          {initiative.standards.length === 0
            ? none
            : initiative.standards.map((standard, index) => (
                <span key={standard.id}>
                  {index > 0 && ', '}
                  <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
                    {standard.name}
                  </Link>
                </span>
              ))}
        </dd>
      </dl>

      <section aria-labelledby="benefit-heading">
        <h2 id="benefit-heading" className="utrecht-heading-2">
          {t('quickWin.benefit')}
        </h2>
        <BenefitTable
          rows={[
            [t('quickWins.hoursPerYear'), expected.hoursPerYear, realised?.hoursPerYear],
            [t('quickWins.eurosPerYear'), expected.eurosPerYear, realised?.eurosPerYear],
            [t('quickWins.citizensReached'), expected.citizensReached, realised?.citizensReached],
          ]}
        />
      </section>

      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading" className="utrecht-heading-2">
          {t('quickWin.participants')}
        </h2>
        {initiative.participants.length === 0 ? (
          <EmptyState message={t('quickWin.noParticipants')} />
        ) : (
          <div className="koers-table-wrapper">
            <table className="utrecht-table" aria-labelledby="participants-heading">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('common.name')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('common.status')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('quickWin.liveOn')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {initiative.participants.map((participant) => (
                  <tr key={participant.municipality.id} className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="row">
                      <Link className="utrecht-link" to={`/gemeenten/${participant.municipality.code}`}>
                        {participant.municipality.name}
                      </Link>
                    </th>
                    <td className="utrecht-table__cell">{t(`enums.rolloutStatus.${participant.status}`)}</td>
                    <td className="utrecht-table__cell">
                      {participant.liveOn ? format.date(participant.liveOn) : none}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
