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

/**
 * Who, what kind, which object and which period: the audit page's filters, applied together with
 * "Filteren". A period that ends before it starts is refused here, next to the field.
 */
export function AuditFilterForm({ initial, facets, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initial);
  const [periodError, setPeriodError] = useState('');
  const set = (key: keyof AuditFilters) => (value: string) => setFilters((now) => ({ ...now, [key]: value }));

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
      <SelectField
        id="audit-actor"
        label={t('auditLog.actor')}
        value={filters.actorId}
        onChange={set('actorId')}
        options={withCurrent(
          [
            { value: '', label: t('auditLog.anyone') },
            ...(facets?.actors ?? []).map((actor) => ({ value: actor.id, label: actor.name })),
          ],
          filters.actorId,
        )}
      />
      <SelectField
        id="audit-action"
        label={t('auditLog.action')}
        value={filters.action}
        onChange={set('action')}
        options={withCurrent(
          [
            { value: '', label: t('auditLog.anyAction') },
            ...(facets?.actions ?? []).map((action) => ({ value: action, label: action })),
          ],
          filters.action,
        )}
      />
      <SelectField
        id="audit-subject-type"
        label={t('auditLog.subjectType')}
        value={filters.subjectType}
        onChange={set('subjectType')}
        options={withCurrent(
          [
            { value: '', label: t('auditLog.anySubjectType') },
            ...(facets?.subjectTypes ?? []).map((type) => ({ value: type, label: type })),
          ],
          filters.subjectType,
        )}
      />
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
