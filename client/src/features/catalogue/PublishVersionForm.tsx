import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { useServerForm } from '../forms/useServerForm';
import { useStandardAdmin } from './useStandardAdmin';

const FIELDS = ['number', 'date', 'changes'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Publishes a version (number, date, changes). Every municipality that follows the standard gets a
 * notification and a review task, so the form asks for confirmation, naming how many.
 */
export function PublishVersionForm({
  standard,
}: {
  standard: { id: string; name: string; followers: number };
}) {
  const { t } = useTranslation();
  const { publishVersion } = useStandardAdmin();
  const [values, setValues] = useState({
    number: '',
    date: new Date().toISOString().slice(0, 10),
    changes: '',
  });
  const [confirming, setConfirming] = useState(false);
  const form = useServerForm<Field>('publish', FIELDS);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors<Field> = {};
    if (!values.number.trim()) found.number = 'catalogue.errors.number';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) found.date = 'catalogue.errors.date';
    if (!confirming && Object.keys(found).length === 0) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void form.submit(found, async () => {
      await publishVersion({
        standardId: standard.id,
        number: values.number.trim(),
        date: values.date,
        changes: values.changes.trim(),
      });
      const published = values.number.trim();
      setValues((current) => ({ ...current, number: '', changes: '' }));
      return t('catalogue.published', { number: published, count: standard.followers });
    });
  }

  return (
    <form className="koers-form" onSubmit={submit} noValidate aria-labelledby="publish-heading">
      <h2 id="publish-heading" className="utrecht-heading-2">
        {t('catalogue.publish')}
      </h2>
      {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
      <TextField
        id="publish-number"
        label={t('standard.version')}
        value={values.number}
        error={form.fieldErrors.number}
        onChange={(event) => setValues({ ...values, number: event.target.value })}
      />
      <TextField
        id="publish-date"
        label={t('common.date')}
        type="date"
        value={values.date}
        error={form.fieldErrors.date}
        onChange={(event) => setValues({ ...values, date: event.target.value })}
      />
      <TextAreaField
        id="publish-changes"
        label={t('standard.changes')}
        value={values.changes}
        error={form.fieldErrors.changes}
        onChange={(changes) => setValues({ ...values, changes })}
      />
      {confirming && (
        <p className="utrecht-paragraph" role="alert">
          {t('catalogue.confirmPublish', { number: values.number.trim(), count: standard.followers })}
        </p>
      )}
      <SubmitWithStatus
        label={
          confirming
            ? t('catalogue.confirmPublishButton', { number: values.number.trim() })
            : t('catalogue.publish')
        }
        busy={form.busy}
        status={form.status}
      />
      {confirming && (
        <div className="koers-actions">
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('roadmapEditor.cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}
