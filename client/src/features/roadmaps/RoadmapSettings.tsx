import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RoadmapFields } from './RoadmapFields';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { ConfirmRemove } from '../roadmapEditor/ConfirmRemove';
import { useServerForm } from '../forms/useServerForm';
import { periodErrors } from './periodCheck';
import { useRoadmapSettings } from './useRoadmapSettings';

/** The roadmap as the settings need it. */
export interface RoadmapSettingsProps {
  roadmap: {
    id: string;
    title: string;
    startYear: number;
    endYear: number;
    description: string;
    archivedAt?: string | null;
  };
  /** Fetches the roadmap again after a change. */
  onChanged: () => void;
}

const FIELDS = ['title', 'startYear', 'endYear', 'description'] as const;
type Field = (typeof FIELDS)[number];

/**
 * For the roadmap's editors, folded away under "Roadmap-instellingen": title, period and
 * description, and archiving. A shortened period keeps every item; the ones that no longer fit are
 * named in the confirmation and listed under the timeline.
 */
export function RoadmapSettings({ roadmap, onChanged }: RoadmapSettingsProps) {
  const { t } = useTranslation();
  const { updateRoadmap, setArchived } = useRoadmapSettings();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({
    title: roadmap.title,
    startYear: String(roadmap.startYear),
    endYear: String(roadmap.endYear),
    description: roadmap.description,
  });
  const form = useServerForm<Field>('roadmap-settings', FIELDS);
  const [archiveStatus, setArchiveStatus] = useState('');
  const [archiveError, setArchiveError] = useState<unknown>();
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FormErrors<Field> = { ...periodErrors(values) };
    if (!values.title.trim()) found.title = 'roadmapAdmin.errors.title';
    void form.submit(found, async () => {
      const result = await updateRoadmap({
        id: roadmap.id,
        title: values.title.trim(),
        startYear: Number(values.startYear),
        endYear: Number(values.endYear),
        description: values.description.trim(),
      });
      onChanged();
      const outside = result.itemsOutsidePeriod;
      return outside.length === 0
        ? t('roadmapAdmin.saved')
        : t('roadmapAdmin.savedOutside', {
            count: outside.length,
            items: outside.map((item) => `${item.title} (${item.startYear}–${item.endYear})`).join(', '),
          });
    });
  }

  async function toggleArchived() {
    const archived = !roadmap.archivedAt;
    setArchiveError(undefined);
    try {
      await setArchived(roadmap.id, archived);
      setArchiveStatus(t(archived ? 'roadmapAdmin.archived' : 'roadmapAdmin.unarchived'));
      onChanged();
    } catch (error) {
      setArchiveError(error);
    }
  }

  return (
    <details
      className="koers-panel koers-roadmap-settings"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('roadmapAdmin.settings')}</summary>
      {/* Rendered only while open: the editor's own item form has a "Titel" too. */}
      {open && (
        <>
          <form className="koers-form" onSubmit={submit} noValidate>
            {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
            <RoadmapFields
              idPrefix="roadmap-settings"
              values={values}
              errors={form.fieldErrors}
              onChange={(field, value) => set(field)(value)}
            />
            <SubmitWithStatus label={t('roadmapAdmin.save')} busy={form.busy} status={form.status} />
          </form>
          <h3 className="utrecht-heading-3">{t('roadmapAdmin.archiveHeading')}</h3>
          {archiveError !== undefined && <ErrorMessage error={archiveError} />}
          {roadmap.archivedAt ? (
            <div className="koers-actions">
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => void toggleArchived()}
              >
                {t('roadmapAdmin.unarchive')}
              </Button>
            </div>
          ) : (
            <ConfirmRemove
              label={t('roadmapAdmin.archive')}
              confirmLabel={t('roadmapAdmin.archiveConfirm', { title: roadmap.title })}
              onRemove={() => void toggleArchived()}
            />
          )}
          <p className="utrecht-paragraph" role="status">
            {archiveStatus}
          </p>
        </>
      )}
    </details>
  );
}
