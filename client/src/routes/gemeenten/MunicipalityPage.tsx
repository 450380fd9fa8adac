import { useQuery } from '@apollo/client/react';
import { PublicationList } from '../../features/public/PublicationList';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AdoptionForm } from '../../features/adoption/AdoptionForm';
import { useUpdateAdoption } from '../../features/adoption/useUpdateAdoption';
import { useViewer } from '../../features/auth/AuthContext';
import { AddStandardReport } from '../../features/scorecard/AddStandardReport';
import { MunicipalityFacts } from '../../features/scorecard/MunicipalityFacts';
import { RecordMergerForm } from '../../features/scorecard/RecordMergerForm';
import { ScorecardGroups } from '../../features/scorecard/ScorecardGroups';
import { ReviewTaskList } from '../../features/review/ReviewTaskList';
import { graphql } from '../../gql';

const MunicipalityPageQuery = graphql(`
  query MunicipalityPageQuery($code: String!, $signedIn: Boolean!) {
    municipalityPublications(code: $code) {
      id
      kind
      slug
      title
      versionName
      publishedAt
      isDemo
    }
    municipality(code: $code) {
      id
      code
      name
      population
      populationDate
      sizeClass
      active
      validUntil
      province {
        code
        name
      }
      endedIn {
        id
        effectiveDate
        successor {
          id
          code
          name
        }
      }
      predecessors {
        id
        effectiveDate
        ended {
          id
          code
          name
        }
      }
      cooperations {
        id
        name
        memberListPartial
      }
      viewerCanEdit
      scorecard {
        programme {
          id
          slug
          name
        }
        rows {
          ...ScorecardRowFields
        }
      }
      inheritedAdoptions {
        ...AdoptionFields
        municipality {
          id
          code
          name
        }
      }
    }
  }
`);

/**
 * `/gemeenten/:code`: a municipality's scorecard — every obligation that applies to it, grouped by
 * programme, plus every standard it follows or reported on; its editor reports on any standard.
 */
export function MunicipalityPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MunicipalityPageQuery, {
    variables: { code, signedIn: Boolean(viewer) },
  });
  const { updateAdoption } = useUpdateAdoption();
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [saved, setSaved] = useState('');
  // Where focus goes when the form closes, so keyboard users are not dropped at the top of the page.
  const savedRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  if (error && !data) {
    return (
      <Page title={t('municipality.title', { code })}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('municipality.title', { code })}>
        <Loading />
      </Page>
    );
  }
  const municipality = data.municipality;
  if (!municipality) {
    return (
      <Page title={t('municipality.notFound')}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  }

  const rows = municipality.scorecard.flatMap((group) => group.rows);
  const editingRow = editing ? rows.find((row) => row.standard.id === editing.id) : undefined;
  const canEdit = municipality.viewerCanEdit && municipality.active;

  return (
    <Page title={t('municipality.title', { code: municipality.name })}>
      <MunicipalityFacts municipality={municipality} />

      <ReviewTaskList municipalityId={municipality.code} />

      <section aria-labelledby="public-heading">
        <h2 id="public-heading" className="utrecht-heading-2">
          {t('public.municipalityHeading')}
        </h2>
        {data.municipalityPublications.length === 0 ? (
          <p className="utrecht-paragraph">{t('public.municipalityEmpty')}</p>
        ) : (
          <PublicationList publications={data.municipalityPublications} />
        )}
      </section>

      <section aria-labelledby="scorecard-heading">
        <h2 id="scorecard-heading" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
          {t('municipality.scorecard')}
        </h2>
        <p className="utrecht-paragraph">{t('municipality.scorecardIntro')}</p>
        <p className="utrecht-paragraph" role="status" ref={savedRef} tabIndex={-1}>
          {saved}
        </p>
        {rows.length === 0 ? (
          <EmptyState message={t('municipality.empty')} />
        ) : (
          <ScorecardGroups
            groups={municipality.scorecard}
            canEdit={canEdit}
            editing={editing?.id ?? null}
            onEdit={(standardId) => {
              setSaved('');
              const row = rows.find((r) => r.standard.id === standardId);
              if (row) setEditing({ id: standardId, name: row.standard.name });
            }}
          />
        )}
        {rows.some((row) => row.adoption?.isDemo) && (
          <p className="utrecht-paragraph koers-note">{t('municipality.demoNote')}</p>
        )}
        {canEdit && (
          <AddStandardReport
            onCard={rows.map((row) => row.standard.id)}
            onPick={(standard) => {
              setSaved('');
              setEditing(standard);
            }}
          />
        )}
        {editing && (
          <AdoptionForm
            key={editing.id}
            standardName={editing.name}
            initial={{
              status: editingRow?.status ?? 'NOT_STARTED',
              targetDate: editingRow?.adoption?.targetDate ?? '',
              adoptedVersion: editingRow?.adoption?.adoptedVersion ?? '',
              note: editingRow?.adoption?.note ?? '',
            }}
            onCancel={() => {
              setEditing(null);
              headingRef.current?.focus();
            }}
            onSubmit={async (values) => {
              await updateAdoption({
                municipalityId: municipality.id,
                standardId: editing.id,
                status: values.status,
                targetDate: values.targetDate || null,
                adoptedVersion: values.adoptedVersion.trim() || null,
                note: values.note.trim() || null,
              });
              await refetch();
              setEditing(null);
              setSaved(t('common.saved'));
              savedRef.current?.focus();
            }}
          />
        )}
      </section>
      {municipality.inheritedAdoptions.length > 0 && (
        <section aria-labelledby="inherited-heading">
          <h2 id="inherited-heading" className="utrecht-heading-2">
            {t('municipality.inherited')}
          </h2>
          <ul className="utrecht-unordered-list">
            {municipality.inheritedAdoptions.map((adoption) => (
              <li key={adoption.id}>
                {adoption.municipality.name}: {adoption.standard.name} —{' '}
                {t(`enums.adoptionStatus.${adoption.status}`)}
                {adoption.isDemo && <span className="koers-badge">{t('common.demo')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {viewer?.roles.includes('ADMIN') && municipality.active && (
        <RecordMergerForm municipalityId={municipality.id} onRecorded={() => void refetch()} />
      )}
    </Page>
  );
}
