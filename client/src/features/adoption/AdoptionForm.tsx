import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { AdoptionStatus } from '../../gql/graphql';
import { ADOPTION_STATUSES } from './status';
import { validateAdoption, type AdoptionFormValues } from './validateAdoption';

/** Props of {@link AdoptionForm}. */
export interface AdoptionFormProps {
  standardName: string;
  initial: AdoptionFormValues;
  /** Sends the values; rejects with the Apollo error when the server refuses them. */
  onSubmit: (values: AdoptionFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * Changes one adoption record. EXPLAINED turns the note into a required explanation (pas toe of
 * leg uit); the check runs here first, and a BAD_USER_INPUT from the server about a field is shown
 * next to that field as well.
 */
export function AdoptionForm({ standardName, initial, onSubmit, onCancel }: AdoptionFormProps) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const [values, setValues] = useState(initial);
  const [noteError, setNoteError] = useState<string>();
  const [statusError, setStatusError] = useState<string>();
  const [otherError, setOtherError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const explained = values.status === 'EXPLAINED';

  useEffect(() => headingRef.current?.focus(), []);

  function set<K extends keyof AdoptionFormValues>(key: K, value: AdoptionFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOtherError(undefined);
    const errors = validateAdoption(values);
    if (errors.note) {
      setNoteError(t(errors.note));
      noteRef.current?.focus();
      return;
    }
    setNoteError(undefined);
    setStatusError(undefined);
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const fieldError = fieldErrorOf(error);
      if (fieldError?.field === 'note') {
        setNoteError(explained ? t('municipality.explanationRequired') : fieldErrorText(fieldError));
        noteRef.current?.focus();
      } else if (fieldError?.field === 'status') {
        // The server refuses EXPLAINED where an obligation makes the standard VERPLICHT.
        setStatusError(explained ? t('municipality.explainNotAllowed') : fieldErrorText(fieldError));
        document.getElementById('adoption-status')?.focus();
      } else {
        setOtherError(error);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="koers-form koers-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h3 ref={headingRef} tabIndex={-1} className="utrecht-heading-3">
        {t('municipality.editTitle', { standard: standardName })}
      </h3>
      {otherError !== undefined && <ErrorMessage error={otherError} />}
      <SelectField
        id="adoption-status"
        label={t('common.status')}
        value={values.status}
        onChange={(value) => set('status', value as AdoptionStatus)}
        error={statusError}
        options={ADOPTION_STATUSES.map((status) => ({
          value: status,
          label: t(`enums.adoptionStatus.${status}`),
        }))}
      />
      <TextField
        id="adoption-target-date"
        label={t('municipality.targetDate')}
        type="date"
        value={values.targetDate}
        onChange={(event) => set('targetDate', event.target.value)}
      />
      <TextField
        id="adoption-version"
        label={t('municipality.version')}
        value={values.adoptedVersion}
        onChange={(event) => set('adoptedVersion', event.target.value)}
      />
      <TextAreaField
        ref={noteRef}
        id="adoption-note"
        label={explained ? t('municipality.explanation') : t('municipality.note')}
        description={explained ? t('municipality.explanationHint') : undefined}
        required={explained}
        value={values.note}
        error={noteError}
        onChange={(value) => set('note', value)}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy} busy={busy || undefined}>
          {t('common.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('municipality.cancel')}
        </Button>
      </div>
    </form>
  );
}
