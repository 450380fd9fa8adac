import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { AuditFilters } from './auditFilters';

/** The choices the audit log offers (from `auditLogFacets`). */
export interface AuditFacets {
  actions: readonly string[];
  subjectTypes: readonly string[];
  actors: readonly { id: string; name: string }[];
}

/** Props of {@link AuditFilterForm}. */
export interface AuditFilterFormProps {
  initial: AuditFilters;
  facets: AuditFacets | null;
  onApply: (filters: AuditFilters) => void;
}

const EMPTY: AuditFilters = { actorId: '', action: '', subjectType: '', subjectId: '', from: '', to: '' };

/** `value` among the choices, adding it when the log no longer holds it (a shared, older link). */
function withCurrent(options: { value: string; label: string }[], value: string) {
  return value && !options.some((option) => option.value === value)
    ? [...options, { value, label: value }]
    : options;
}

/** Choices whose value is also their label (actions and subject types are shown as recorded). */
function plain(values: readonly string[] | undefined) {
  return (values ?? []).map((value) => ({ value, label: value }));
}

/**
 * Who, what kind, which object and which period: the audit page's filters, applied together with
 * "Filteren". A period that ends before it starts is refused here, next to the field.
 */
export function AuditFilterForm({ initial, facets, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initial);
  const [periodError, setPeriodError] = useState('');
  const set = (key: keyof AuditFilters) => (value: string) => setFilters((now) => ({ ...now, [key]: value }));

  const actorChoices = (facets?.actors ?? []).map((actor) => ({ value: actor.id, label: actor.name }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (filters.from && filters.to && filters.to < filters.from) {
      setPeriodError(t('auditLog.toBeforeFrom'));
      document.getElementById('audit-to')?.focus();
      return;
    }
    setPeriodError('');
    onApply(filters);
  }

  return (
    <form className="koers-filters" onSubmit={submit} noValidate aria-label={t('auditLog.filters')}>
      {(
        [
          ['actorId', 'audit-actor', t('auditLog.actor'), t('auditLog.anyone'), actorChoices],
          ['action', 'audit-action', t('auditLog.action'), t('auditLog.anyAction'), plain(facets?.actions)],
          [
            'subjectType',
            'audit-subject-type',
            t('auditLog.subjectType'),
            t('auditLog.anySubjectType'),
            plain(facets?.subjectTypes),
          ],
        ] as const
      ).map(([key, id, label, any, choices]) => (
        <SelectField
          key={key}
          id={id}
          label={label}
          value={filters[key]}
          onChange={set(key)}
          options={withCurrent([{ value: '', label: any }, ...choices], filters[key])}
        />
      ))}
      <TextField
        id="audit-subject-id"
        label={t('auditLog.subjectId')}
        value={filters.subjectId}
        maxLength={100}
        onChange={(event) => set('subjectId')(event.target.value)}
      />
      <TextField
        id="audit-from"
        label={t('auditLog.from')}
        type="date"
        value={filters.from}
        onChange={(event) => set('from')(event.target.value)}
      />
      <TextField
        id="audit-to"
        label={t('auditLog.to')}
        type="date"
        value={filters.to}
        error={periodError || undefined}
        onChange={(event) => set('to')(event.target.value)}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button">
          {t('auditLog.apply')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setFilters(EMPTY);
            setPeriodError('');
            onApply(EMPTY);
          }}
        >
          {t('auditLog.reset')}
        </Button>
      </div>
    </form>
  );
}
