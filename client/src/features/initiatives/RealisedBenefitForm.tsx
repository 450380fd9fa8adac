import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '../../components/MutationError';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { BenefitFigureFields } from './BenefitFigureFields';
import { benefitInput, validateFigures, type FigureValues, type FormErrors } from './quickWinValues';
import { SubmitWithStatus } from './SubmitWithStatus';
import { useFormErrors } from './useFormErrors';
import { useRecordRealisedBenefit } from './useRecordRealisedBenefit';

const FIELDS = ['date', 'hoursPerYear', 'eurosPerYear', 'citizensReached', 'note'] as const;
type Field = (typeof FIELDS)[number];

const empty = { date: '', hoursPerYear: '', eurosPerYear: '', citizensReached: '', note: '' };

/** Checks a measurement: valid figures, and at least one of them (as the server demands). */
export function validateRealisedBenefit(values: FigureValues & { date: string }): FormErrors<Field> {
  const errors: FormErrors<Field> = validateFigures(values);
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'quickWinForm.errors.date';
  if (!values.hoursPerYear.trim() && !values.eurosPerYear.trim() && !values.citizensReached.trim())
    errors.hoursPerYear = 'quickWinForm.errors.oneFigure';
  return errors;
}

/** Records a measurement of realised benefit (the latest one by date counts on the dashboard). */
export function RealisedBenefitForm({
  initiativeId,
  onReload,
}: {
  initiativeId: string;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { recordRealisedBenefit, loading } = useRecordRealisedBenefit();
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState('');
  const { fieldErrors, otherError, check, fail } = useFormErrors('realised', FIELDS);
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (!check(validateRealisedBenefit(values))) return;
    try {
      await recordRealisedBenefit({
        initiativeId,
        date: values.date || null,
        note: values.note.trim() || null,
        ...benefitInput(values),
      });
      setValues(empty);
      setSaved(t('quickWinForm.benefitSaved'));
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="koers-form koers-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="utrecht-heading-3">{t('quickWinForm.recordBenefit')}</h3>
      {otherError !== undefined && <MutationError error={otherError} onReload={onReload} />}
      <TextField
        id="realised-date"
        label={t('quickWinForm.measuredOn')}
        type="date"
        value={values.date}
        error={fieldErrors.date}
        onChange={(event) => set('date')(event.target.value)}
      />
      <BenefitFigureFields
        idPrefix="realised"
        values={values}
        errors={fieldErrors}
        onChange={(field, value) => set(field)(value)}
      />
      <TextAreaField
        id="realised-note"
        label={t('quickWinForm.note')}
        rows={2}
        maxLength={2000}
        value={values.note}
        error={fieldErrors.note}
        onChange={set('note')}
      />
      <SubmitWithStatus label={t('quickWinForm.saveBenefit')} busy={loading} status={saved} />
    </form>
  );
}
