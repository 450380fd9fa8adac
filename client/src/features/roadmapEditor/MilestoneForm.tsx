import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { MAX_TITLE_LENGTH } from '../../../../common/limits';
import { milestoneProblems, type MilestoneFormValues, type MilestoneProblems } from './formRules';
import { periodDays, type YearSpan } from './timelineMath';
import { FormActions } from './FormActions';

/** Props of {@link MilestoneForm}. */
export interface MilestoneFormProps {
  initial: MilestoneFormValues;
  period: YearSpan;
  submitLabel: string;
  /** The whole milestone (title trimmed), and only the fields the user changed (for a patch). */
  onSave: (values: MilestoneFormValues, changed: Partial<MilestoneFormValues>) => void;
  onCancel?: () => void;
}

/**
 * Title and date of one milestone. The date must lie inside the roadmap's period; what is wrong
 * is said next to the field. As in the item form, fields the user has not touched follow
 * `initial`, so a change by someone else shows up here and is not overwritten on save.
 */
export function MilestoneForm({ initial, period, submitLabel, onSave, onCancel }: MilestoneFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [edits, setEdits] = useState<Partial<MilestoneFormValues>>({});
  const [problems, setProblems] = useState<MilestoneProblems>({});
  const values = { ...initial, ...edits };
  const { first, last } = periodDays(period);

  function set<K extends keyof MilestoneFormValues>(key: K, value: MilestoneFormValues[K]) {
    setEdits((current) => ({ ...current, [key]: value }));
  }

  function message(problem: MilestoneProblems[keyof MilestoneProblems]): string | undefined {
    return problem
      ? t(`roadmapEditor.milestone.${problem}`, {
          max: MAX_TITLE_LENGTH,
          start: period.startYear,
          end: period.endYear,
        })
      : undefined;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = milestoneProblems(values, period);
    setProblems(found);
    if (found.title || found.date) {
      document.getElementById(found.title ? `${id}-title` : `${id}-date`)?.focus();
      return;
    }
    const title = values.title.trim();
    onSave({ ...values, title }, edits.title === undefined ? edits : { ...edits, title });
    setEdits({});
  }

  return (
    <form className="koers-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-title`}
        label={t('roadmapEditor.milestone.title')}
        value={values.title}
        required
        maxLength={MAX_TITLE_LENGTH}
        error={message(problems.title)}
        onChange={(event) => set('title', event.target.value)}
      />
      <TextField
        id={`${id}-date`}
        label={t('roadmapEditor.milestone.date', { start: period.startYear, end: period.endYear })}
        type="date"
        required
        min={first}
        max={last}
        value={values.date}
        error={message(problems.date)}
        onChange={(event) => set('date', event.target.value)}
      />
      <FormActions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
