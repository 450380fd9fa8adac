import { MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH } from '../../../../common/limits';
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '../../components/MutationError';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { BenefitFigureFields } from './BenefitFigureFields';
import { validateQuickWin, type QuickWinFormValues } from './quickWinValues';
import { useFormErrors } from './useFormErrors';

const FIELDS = [
  'title',
  'description',
  'deadline',
  'hoursPerYear',
  'eurosPerYear',
  'citizensReached',
] as const;

/** Props of {@link QuickWinForm}. */
export interface QuickWinFormProps {
  heading: string;
  submitLabel: string;
  initial: QuickWinFormValues;
  /** Sends the values; rejects with the Apollo error when the server refuses them. */
  onSubmit: (values: QuickWinFormValues) => Promise<unknown>;
  onCancel: () => void;
  onReload: () => void;
}

/** Creates or changes a quick win: title, description, deadline and expected benefit. */
export function QuickWinForm({
  heading,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
  onReload,
}: QuickWinFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const { fieldErrors, otherError, check, fail } = useFormErrors('quick-win', FIELDS);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const set = (field: keyof QuickWinFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!check(validateQuickWin(values))) return;
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="koers-form koers-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2 ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {heading}
      </h2>
      {otherError !== undefined && <MutationError error={otherError} onReload={onReload} />}
      <TextField
        id="quick-win-title"
        label={t('quickWinForm.title')}
        value={values.title}
        required
        maxLength={MAX_TITLE_LENGTH}
        error={fieldErrors.title}
        onChange={(event) => set('title')(event.target.value)}
      />
      <TextAreaField
        id="quick-win-description"
        label={t('quickWinForm.description')}
        value={values.description}
        maxLength={MAX_DESCRIPTION_LENGTH}
        error={fieldErrors.description}
        onChange={set('description')}
      />
      <TextField
        id="quick-win-deadline"
        label={t('quickWins.deadline')}
        type="date"
        required
        value={values.deadline}
        error={fieldErrors.deadline}
        onChange={(event) => set('deadline')(event.target.value)}
      />
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('quickWinForm.expectedBenefit')}</legend>
        <BenefitFigureFields
          idPrefix="quick-win"
          values={values}
          errors={fieldErrors}
          onChange={(field, value) => set(field)(value)}
        />
      </fieldset>
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy} busy={busy || undefined}>
          {submitLabel}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('municipality.cancel')}
        </Button>
      </div>
    </form>
  );
}
