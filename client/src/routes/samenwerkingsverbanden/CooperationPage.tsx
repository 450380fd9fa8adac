import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MAX_NOTE_LENGTH } from '../../../../common/validation';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useReportForCooperation } from '../../features/cooperations/useReportForCooperation';
import { useServerForm } from '../../features/forms/useServerForm';
import { SubmitWithStatus } from '../../features/initiatives/SubmitWithStatus';
import { graphql } from '../../gql';
import type { AdoptionStatus } from '../../gql/graphql';

const CooperationPageQuery = graphql(`
  query CooperationPageQuery {
    cooperations {
      id
      name
      members {
        id
        name
        viewerCanEdit
      }
    }
    standards(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const STATUSES: AdoptionStatus[] = [
  'NOT_STARTED',
  'PLANNED',
  'IN_PROGRESS',
  'ADOPTED',
  'EXPLAINED',
  'NOT_APPLICABLE',
];
const ALL = 'ALL';
const FIELDS = ['standardId', 'municipalityId', 'status', 'note'] as const;
type Field = (typeof FIELDS)[number];

/**
 * `/samenwerkingsverbanden/:id`: a cooperation's members, and for its editors one report for one
 * member or for all members at once ("voor alle leden"); each record shows it came through the
 * cooperation and who reported it.
 */
export function CooperationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const report = useReportForCooperation();
  const { data, error, refetch } = useQuery(CooperationPageQuery);
  const [values, setValues] = useState({ standardId: '', municipalityId: ALL, status: 'PLANNED', note: '' });
  const [reported, setReported] = useState<{ municipality: string; by: string; via: string }[]>([]);
  const form = useServerForm<Field>('cooperation-report', FIELDS);
  const title = t('cooperation.title');
  if (error && !data)
    return (
      <Page title={title}>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </Page>
    );
  if (!data)
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  const cooperation = data.cooperations.find((c) => c.id === id);
  if (!cooperation)
    return (
      <Page title={title}>
        <EmptyState message={t('errors.NOT_FOUND')} />
      </Page>
    );
  const canReport = cooperation.members.length > 0 && cooperation.members.every((m) => m.viewerCanEdit);
  const standardId = values.standardId || data.standards.nodes[0]?.id || '';
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found =
      values.status === 'EXPLAINED' && !values.note.trim() ? { note: 'cooperation.errors.note' } : {};
    void form.submit(found, async () => {
      const adoptions = await report({
        cooperationId: id,
        municipalityId: values.municipalityId === ALL ? null : values.municipalityId,
        standardId,
        status: values.status as AdoptionStatus,
        note: values.note.trim() || null,
      });
      setReported(
        adoptions.map((a) => ({
          municipality: a.municipality.name,
          by: a.updatedBy?.name ?? '',
          via: a.reportedFor?.name ?? '',
        })),
      );
      return t('cooperation.reported', { count: adoptions.length });
    });
  }

  return (
    <Page title={cooperation.name}>
      <h2 className="utrecht-heading-2">{t('cooperation.members', { count: cooperation.members.length })}</h2>
      <ul className="utrecht-unordered-list">
        {cooperation.members.map((member) => (
          <li key={member.id} className="utrecht-unordered-list__item">
            {member.name}
          </li>
        ))}
      </ul>
      {canReport && (
        <form
          className="koers-form koers-panel"
          onSubmit={submit}
          noValidate
          aria-labelledby="report-heading"
        >
          <h2 id="report-heading" className="utrecht-heading-2">
            {t('cooperation.report')}
          </h2>
          {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
          <SelectField
            id="cooperation-report-standardId"
            label={t('cooperation.standard')}
            value={standardId}
            options={data.standards.nodes.map((s) => ({ value: s.id, label: s.name }))}
            onChange={set('standardId')}
            error={form.fieldErrors.standardId}
          />
          <SelectField
            id="cooperation-report-municipalityId"
            label={t('cooperation.for')}
            value={values.municipalityId}
            options={[
              { value: ALL, label: t('cooperation.allMembers') },
              ...cooperation.members.map((m) => ({ value: m.id, label: m.name })),
            ]}
            onChange={set('municipalityId')}
            error={form.fieldErrors.municipalityId}
          />
          <SelectField
            id="cooperation-report-status"
            label={t('common.status')}
            value={values.status}
            options={STATUSES.map((s) => ({ value: s, label: t(`enums.adoptionStatus.${s}`) }))}
            onChange={set('status')}
            error={form.fieldErrors.status}
          />
          <TextAreaField
            id="cooperation-report-note"
            label={t('cooperation.note')}
            value={values.note}
            maxLength={MAX_NOTE_LENGTH}
            onChange={set('note')}
            error={form.fieldErrors.note}
          />
          <SubmitWithStatus label={t('cooperation.submit')} busy={form.busy} status={form.status} />
        </form>
      )}
      {reported.length > 0 && (
        <ul className="utrecht-unordered-list" aria-label={t('cooperation.reportedList')}>
          {reported.map((r) => (
            <li key={r.municipality} className="utrecht-unordered-list__item">
              {t('cooperation.reportedBy', r)}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
