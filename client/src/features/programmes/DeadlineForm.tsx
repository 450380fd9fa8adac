import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useChangeObligationDeadline } from './useChangeObligationDeadline';

/** Managers move an obligation's deadline: the new date, why, and who decided. */
export function DeadlineForm({
  obligationId,
  subject,
  onDone,
}: {
  obligationId: string;
  subject: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { changeDeadline, loading } = useChangeObligationDeadline();
  const [values, setValues] = useState({ newDeadline: '', reason: '', decidedBy: '' });
  const [error, setError] = useState<unknown>();
  const field = fieldErrorOf(error);
  const fieldErrorText = useFieldErrorText();
  const errorOf = (name: string) => (field?.field === name ? fieldErrorText(field) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await changeDeadline({
        obligationId,
        newDeadline: values.newDeadline || null,
        reason: values.reason,
        decidedBy: values.decidedBy,
      });
      onDone();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="koers-form koers-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="utrecht-heading-3">{t('programme.moveDeadlineOf', { subject })}</h3>
      {error !== undefined && !field && <ErrorMessage error={error} />}
      <TextField
        id="deadline-new"
        type="date"
        label={t('programme.newDeadline')}
        value={values.newDeadline}
        error={errorOf('newDeadline')}
        onChange={(event) => setValues({ ...values, newDeadline: event.target.value })}
      />
      <TextAreaField
        id="deadline-reason"
        label={t('programme.reason')}
        required
        value={values.reason}
        error={errorOf('reason')}
        onChange={(reason) => setValues({ ...values, reason })}
      />
      <TextField
        id="deadline-decided-by"
        label={t('programme.decidedBy')}
        value={values.decidedBy}
        error={errorOf('decidedBy')}
        onChange={(event) => setValues({ ...values, decidedBy: event.target.value })}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button" disabled={loading}>
          {t('programme.moveDeadline')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onDone}>
          {t('municipality.cancel')}
        </Button>
      </div>
    </form>
  );
}
