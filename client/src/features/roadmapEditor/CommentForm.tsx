import { Button } from '@utrecht/button-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

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
      <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={id}>
            {label}
          </label>
        </div>
        {error && (
          <div className="utrecht-form-field-error-message" id={`${id}-error`}>
            {error}
          </div>
        )}
        <div className="utrecht-form-field__input">
          <textarea
            id={id}
            className="utrecht-textarea"
            rows={2}
            maxLength={5000}
            value={body}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setBody(event.target.value)}
          />
        </div>
      </div>
      <div className="koers-form__actions">
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
