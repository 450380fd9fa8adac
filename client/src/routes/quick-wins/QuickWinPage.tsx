import { useQuery, useSubscription } from '@apollo/client/react';
import { PublishPanel } from '../../features/public/PublishPanel';
import { LinkedPages } from '../../features/knowledge/LinkedPages';
import { useViewer } from '../../features/auth/AuthContext';
import { Button } from '@utrecht/button-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { BenefitTable } from '../../features/initiatives/BenefitTable';
import { LinkedStandards } from '../../features/initiatives/LinkedStandards';
import { QuickWinFacts } from '../../features/initiatives/QuickWinFacts';
import { QuickWinForm } from '../../features/initiatives/QuickWinForm';
import { QuickWinParticipants } from '../../features/initiatives/QuickWinParticipants';
import { benefitInput, figureText } from '../../features/initiatives/quickWinValues';
import { RealisedBenefitForm } from '../../features/initiatives/RealisedBenefitForm';
import { StatusForm } from '../../features/initiatives/StatusForm';
import { useUpdateInitiative } from '../../features/initiatives/useUpdateInitiative';
import { graphql } from '../../gql';
import { useFormatters } from '../../i18n/format';

const QuickWinPageQuery = graphql(`
  query QuickWinPageQuery($id: ID!) {
    initiative(id: $id) {
      ...QuickWinFields
    }
  }
`);

// The changed initiative lands in the cache by id, so the page shows it without a refetch.
const QuickWinChangedSubscription = graphql(`
  subscription QuickWinChangedSubscription($id: ID!) {
    initiativeChanged(id: $id) {
      kind
      initiative {
        ...QuickWinFields
      }
    }
  }
`);

/** `/quick-wins/:id`: one initiative, kept live, with its participants' rollout and its benefits; managers edit it here. */
export function QuickWinPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // Publishing is for taskforce members and admins (the server checks the quick win's taskforce).
  const canPublish = Boolean(viewer?.roles.some((role) => role === 'ADMIN' || role === 'TASKFORCE_MEMBER'));
  const format = useFormatters();
  const { data, error, refetch } = useQuery(QuickWinPageQuery, { variables: { id } });
  useSubscription(QuickWinChangedSubscription, { variables: { id } });
  const { updateInitiative } = useUpdateInitiative();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const reload = () => void refetch().catch(() => undefined);

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
  const expected = initiative.expectedBenefit;
  const realised = initiative.latestRealisedBenefit;
  const closeEditor = (message: string) => {
    setEditing(false);
    setSaved(message);
    // The form is gone; focus returns to the button that opened it.
    requestAnimationFrame(() => editButtonRef.current?.focus());
  };

  return (
    <Page title={initiative.title}>
      {initiative.description && <p className="utrecht-paragraph koers-lead">{initiative.description}</p>}
      {initiative.viewerCanEdit && (
        <div className="koers-actions">
          <Button
            ref={editButtonRef}
            type="button"
            appearance="secondary-action-button"
            aria-expanded={editing}
            onClick={() => {
              setSaved('');
              setEditing(true);
            }}
          >
            {t('quickWinForm.edit')}
          </Button>
          <p className="utrecht-paragraph" role="status">
            {saved}
          </p>
        </div>
      )}
      {editing && (
        <QuickWinForm
          heading={t('quickWinForm.editTitle')}
          submitLabel={t('common.save')}
          initial={{
            title: initiative.title,
            description: initiative.description,
            deadline: initiative.deadline,
            hoursPerYear: figureText(expected.hoursPerYear),
            eurosPerYear: figureText(expected.eurosPerYear),
            citizensReached: figureText(expected.citizensReached),
          }}
          onSubmit={async (values) => {
            await updateInitiative({
              id: initiative.id,
              title: values.title.trim(),
              description: values.description,
              deadline: values.deadline,
              expectedBenefit: benefitInput(values),
            });
            closeEditor(t('common.saved'));
          }}
          onCancel={() => closeEditor('')}
          onReload={reload}
        />
      )}
      <QuickWinFacts initiative={initiative} />

      {initiative.viewerCanEdit && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="utrecht-heading-2">
            {t('quickWinForm.statusHeading')}
          </h2>
          <StatusForm
            initiativeId={initiative.id}
            status={initiative.status}
            nextStatuses={initiative.nextStatuses}
            onReload={reload}
          />
        </section>
      )}

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
        {realised && (
          <p className="utrecht-paragraph">
            {t('quickWinForm.measuredAt', { date: format.date(realised.date) })}
            {realised.note && ` – ${realised.note}`}
          </p>
        )}
        {initiative.viewerCanEdit && <RealisedBenefitForm initiativeId={initiative.id} onReload={reload} />}
      </section>

      <QuickWinParticipants initiative={initiative} onReload={reload} />
      {initiative.viewerCanEdit && (
        <LinkedStandards initiativeId={initiative.id} standards={initiative.standards} onReload={reload} />
      )}
      <LinkedPages kind="INITIATIVE" id={initiative.id} />
      {canPublish && <PublishPanel kind="QUICK_WIN" subjectId={initiative.id} />}
    </Page>
  );
}
