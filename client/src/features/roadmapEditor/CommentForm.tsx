import { MAX_COMMENT_LENGTH } from '../../../../common/limits';
import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';

/** Props of {@link CommentForm}. */
export interface CommentFormProps {
  label: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: string) => Promise<unknown>;
}

/** A labelled text area and a button; empty text is refused next to the field. */
export function CommentForm({ label, submitLabel, busy, onSubmit }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('roadmapEditor.comments.bodyRequired'));
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    await onSubmit(body.trim());
    setBody('');
  }

  return (
    <form className="koers-form" onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
      <TextAreaField
        id={id}
        label={label}
        rows={2}
        maxLength={MAX_COMMENT_LENGTH}
        value={body}
        error={error}
        onChange={setBody}
      />
      <div className="koers-form__actions">
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
