import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { MAX_TITLE_LENGTH } from '../../../../common/limits';

/** Props of {@link LaneTitle}. */
export interface LaneTitleProps {
  lane: { id: string; title: string } | null;
  title: string;
  canEdit: boolean;
  onRename: (laneId: string, title: string) => void;
}

/** A lane's heading; editors can rename the lane in place. */
export function LaneTitle({ lane, title, canEdit, onRename }: LaneTitleProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = useId();

  if (draft === null || !lane) {
    return (
      <>
        <h3 className="utrecht-heading-3 koers-lane__title">{title}</h3>
        {canEdit && lane && (
          <Button
            type="button"
            appearance="subtle-button"
            className="koers-lane__rename"
            aria-label={t('roadmapEditor.lanes.renameLabel', { title })}
            onClick={() => setDraft(lane.title)}
          >
            {t('roadmapEditor.lanes.rename')}
          </Button>
        )}
      </>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = draft?.trim() ?? '';
    if (lane && trimmed && trimmed !== lane.title) onRename(lane.id, trimmed);
    setDraft(null);
  }

  return (
    <form className="koers-lane__form" onSubmit={submit}>
      <TextField
        id={inputId}
        label={t('roadmapEditor.lanes.title')}
        value={draft}
        autoFocus
        maxLength={MAX_TITLE_LENGTH}
        onChange={(event) => setDraft(event.target.value)}
      />
      <Button type="submit" appearance="primary-action-button">
        {t('roadmapEditor.save')}
      </Button>
      <Button type="button" appearance="secondary-action-button" onClick={() => setDraft(null)}>
        {t('roadmapEditor.cancel')}
      </Button>
    </form>
  );
}
