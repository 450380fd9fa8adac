import { Button } from '@utrecht/button-react';

/** Props of {@link SubmitWithStatus}. */
export interface SubmitWithStatusProps {
  label: string;
  /** While the mutation runs, the button is disabled and announced as busy. */
  busy: boolean;
  /** What was saved; a live region, so screen readers hear it without focus moving. */
  status: string;
}

/** The submit button of a form that stays open after saving, and the status line that confirms it. */
export function SubmitWithStatus({ label, busy, status }: SubmitWithStatusProps) {
  return (
    <>
      <div className="koers-actions">
        <Button type="submit" appearance="primary-action-button" disabled={busy} busy={busy || undefined}>
          {label}
        </Button>
      </div>
      <p className="utrecht-paragraph" role="status">
        {status}
      </p>
    </>
  );
}
