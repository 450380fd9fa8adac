import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useDemoSetting } from '../../features/demo/DemoContext';
import { DemoSwitch } from '../../features/demo/DemoSwitch';
import { DeadlineDrift } from '../../features/programmes/DeadlineDrift';
import { ExplanationRegister } from '../../features/programmes/ExplanationRegister';
import { ObligationsTable } from '../../features/programmes/ObligationsTable';
import { periodOf } from '../../features/programmes/period';
import { ProgrammeDashboard } from '../../features/programmes/ProgrammeDashboard';
import { ProgrammeSources } from '../../features/programmes/ProgrammeSources';
import { graphql } from '../../gql';

const ProgrammePageQuery = graphql(`
  query ProgrammePageQuery($slug: String!, $includeDemo: Boolean!) {
    programme(slug: $slug) {
      id
      slug
      name
      owner
      description
      periodFrom
      periodTo
      periodNote
      sourceNote
      viewerCanManage
      obligations {
        id
        subject
        bindingLevel
        deadline
        originalDeadline
        driftDays
        standard {
          id
          slug
          name
        }
        deadlineChanges {
          at
          oldDeadline
          newDeadline
          reason
          decidedBy
          recordedBy {
            id
            name
          }
        }
        progress(includeDemo: $includeDemo) {
          applicable
          met
          overdue
          explained
          demo
        }
      }
      facts {
        topic
        text
        date
        sourceUrl
        sourceTitle
      }
      items {
        name
        kind
        status
        sourceUrl
        sourceTitle
        releases {
          status
        }
      }
    }
  }
`);

/** `/programmas/:slug`: a programme, its obligations with progress and deadline drift, its dashboard; public. */
export function ProgrammePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { showDemo } = useDemoSetting();
  const { data, error, refetch } = useQuery(ProgrammePageQuery, {
    variables: { slug, includeDemo: showDemo },
  });
  if (error && !data) {
    return (
      <Page title={t('programme.title')}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('programme.title')}>
        <Loading />
      </Page>
    );
  }
  const programme = data.programme;
  if (!programme) {
    return (
      <Page title={t('programme.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }
  const measurable = programme.obligations.some((o) => o.standard);
  return (
    <Page title={programme.name}>
      <p className="utrecht-paragraph">{programme.description}</p>
      <dl className="koers-facts">
        <dt>{t('programmes.owner')}</dt>
        <dd>{programme.owner}</dd>
        <dt>{t('programmes.period')}</dt>
        <dd>
          {periodOf(programme) ?? t('common.none')}
          {programme.periodNote && ` (${programme.periodNote})`}
        </dd>
      </dl>
      {programme.sourceNote && <p className="utrecht-paragraph koers-note">{programme.sourceNote}</p>}
      <DemoSwitch />
      <section aria-labelledby="obligations-heading">
        <h2 id="obligations-heading" className="utrecht-heading-2">
          {t('programmes.obligations')}
        </h2>
        {programme.obligations.length === 0 ? (
          <EmptyState message={t('programme.noObligations')} />
        ) : (
          <ObligationsTable obligations={programme.obligations} canManage={programme.viewerCanManage} />
        )}
      </section>
      {programme.obligations.length > 0 && (
        <section aria-labelledby="drift-heading">
          <h2 id="drift-heading" className="utrecht-heading-2">
            {t('programme.driftTitle')}
          </h2>
          <DeadlineDrift obligations={programme.obligations} />
        </section>
      )}
      {measurable && (
        <>
          <section aria-labelledby="dashboard-heading">
            <h2 id="dashboard-heading" className="utrecht-heading-2">
              {t('programme.dashboard')}
            </h2>
            <ProgrammeDashboard slug={programme.slug} includeDemo={showDemo} />
          </section>
          <section aria-labelledby="register-heading">
            <h2 id="register-heading" className="utrecht-heading-2">
              {t('programme.register')}
            </h2>
            <ExplanationRegister slug={programme.slug} includeDemo={showDemo} />
          </section>
        </>
      )}
      <ProgrammeSources programme={programme} />
    </Page>
  );
}
