import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { TextField } from '../../components/TextField';
import { MAX_TITLE_LENGTH } from '../../../../common/limits';
import { createLane } from './roadmapEdits';

/** A one-field form that appends a lane (theme) to the document. */
export function AddLane({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t('roadmapEditor.lanes.titleRequired'));
      document.getElementById(inputId)?.focus();
      return;
    }
    createLane(doc, trimmed);
    setTitle('');
    setError(undefined);
  }

  return (
    <form className="koers-form koers-panel" onSubmit={submit} noValidate>
      <TextField
        id={inputId}
        label={t('roadmapEditor.lanes.new')}
        value={title}
        maxLength={MAX_TITLE_LENGTH}
        error={error}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div className="koers-form__actions">
        <Button type="submit" appearance="secondary-action-button">
          {t('roadmapEditor.lanes.add')}
        </Button>
      </div>
    </form>
  );
}
