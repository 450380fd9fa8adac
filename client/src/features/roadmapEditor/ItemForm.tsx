import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaneContent } from '../../../../common/roadmapDocument';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { MAX_OWNER_LENGTH, MAX_TITLE_LENGTH } from '../../../../common/limits';
import { ITEM_STATUSES } from './itemStatus';
import { StandardsPicker } from './StandardsPicker';
import { QuickWinsPicker } from './QuickWinsPicker';
import { yearsOf, type YearSpan } from './timelineMath';
import { useStatusLabel } from './useStatusLabel';
import { FormActions } from './FormActions';

/** The fields of an item as the form edits them. */
export interface ItemFormValues {
  title: string;
  laneId: string | null;
  startYear: number;
  endYear: number;
  status: string | null;
  standardIds: string[];
  initiativeIds: string[];
  /** Who is responsible (a municipality, a team, a person); null when nobody is named. */
  owner: string | null;
}

/** Props of {@link ItemForm}. */
export interface ItemFormProps {
  initial: ItemFormValues;
  lanes: readonly LaneContent[];
  period: YearSpan;
  submitLabel: string;
  /** The whole item, and only the fields the user changed (for a patch). */
  onSave: (values: ItemFormValues, changed: Partial<ItemFormValues>) => void;
  onCancel?: () => void;
}

/**
 * The keyboard way to do everything the mouse does on the timeline: title, lane, start and end
 * year, status, owner and linked standards of one item. The years can only be chosen within the
 * period, and an end before the start is refused next to the field. Fields the user has not touched
 * follow `initial`, so a move by someone else shows up here and is not overwritten on save.
 */
export function ItemForm({ initial, lanes, period, submitLabel, onSave, onCancel }: ItemFormProps) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const id = useId();
  const [edits, setEdits] = useState<Partial<ItemFormValues>>({});
  const [errors, setErrors] = useState<{ title?: string; endYear?: string }>({});
  const values = { ...initial, ...edits };

  function set<K extends keyof ItemFormValues>(key: K, value: ItemFormValues[K]) {
    setEdits((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const title = values.title.trim();
    const found = {
      title: title ? undefined : t('roadmapEditor.item.titleRequired'),
      endYear: values.endYear < values.startYear ? t('roadmapEditor.item.endBeforeStart') : undefined,
    };
    setErrors(found);
    if (found.title || found.endYear) {
      document.getElementById(found.title ? `${id}-title` : `${id}-end`)?.focus();
      return;
    }
    // An emptied owner is null, so the patch removes the key from the document.
    const owner = values.owner?.trim() || null;
    const changed = { ...edits };
    if (edits.title !== undefined) changed.title = title;
    if (edits.owner !== undefined) changed.owner = owner;
    onSave({ ...values, title, owner }, changed);
    setEdits({});
  }

  // An item outside the period (after it was shortened) shows its own years too, so it can be moved in.
  const years = [...new Set([...yearsOf(period), values.startYear, values.endYear])].sort((a, b) => a - b);
  const yearOptions = years.map((year) => ({ value: String(year), label: String(year) }));
  const statusValue = values.status ?? '';
  const statusOptions = [
    { value: '', label: statusLabel(null) },
    ...ITEM_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })),
    ...(statusValue && !(ITEM_STATUSES as readonly string[]).includes(statusValue)
      ? [{ value: statusValue, label: statusValue }]
      : []),
  ];

  return (
    <form className="koers-form" onSubmit={submit} noValidate>
      <TextField
        id={`${id}-title`}
        label={t('roadmapEditor.item.title')}
        value={values.title}
        maxLength={MAX_TITLE_LENGTH}
        error={errors.title}
        onChange={(event) => set('title', event.target.value)}
      />
      <SelectField
        id={`${id}-lane`}
        label={t('roadmap.lane')}
        value={values.laneId ?? ''}
        options={[
          { value: '', label: t('roadmap.noLane') },
          ...lanes.map((lane) => ({ value: lane.id, label: lane.title })),
        ]}
        onChange={(value) => set('laneId', value || null)}
      />
      <SelectField
        id={`${id}-start`}
        label={t('roadmapEditor.item.startYear')}
        value={String(values.startYear)}
        options={yearOptions}
        onChange={(value) => set('startYear', Number(value))}
      />
      <SelectField
        id={`${id}-end`}
        label={t('roadmapEditor.item.endYear')}
        value={String(values.endYear)}
        options={yearOptions}
        error={errors.endYear}
        onChange={(value) => set('endYear', Number(value))}
      />
      <SelectField
        id={`${id}-status`}
        label={t('roadmapEditor.item.status')}
        value={statusValue}
        options={statusOptions}
        onChange={(value) => set('status', value || null)}
      />
      <TextField
        id={`${id}-owner`}
        label={t('roadmapEditor.item.owner')}
        value={values.owner ?? ''}
        maxLength={MAX_OWNER_LENGTH}
        onChange={(event) => set('owner', event.target.value)}
      />
      <StandardsPicker value={values.standardIds} onChange={(ids) => set('standardIds', ids)} />
      <QuickWinsPicker value={values.initiativeIds} onChange={(ids) => set('initiativeIds', ids)} />
      <FormActions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
