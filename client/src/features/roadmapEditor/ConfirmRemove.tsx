import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link ConfirmRemove}. */
export interface ConfirmRemoveProps {
  /** The first button's text ("Onderdeel verwijderen"). */
  label: string;
  /** The confirming button's text, naming what goes ("Ja, verwijder ‘…’"). */
  confirmLabel: string;
  onRemove: () => void;
}

/**
 * Removal in two steps: the button asks, the second button (which names what goes) removes. Focus
 * moves to the question and back to the first button on cancel, so it is never lost.
 */
export function ConfirmRemove({ label, confirmLabel, onRemove }: ConfirmRemoveProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (!asked.current) return;
    (confirming ? confirmRef : askRef).current?.focus();
  }, [confirming]);

  function ask(next: boolean) {
    asked.current = true;
    setConfirming(next);
  }

  return (
    <div className="koers-form__actions">
      {confirming ? (
        <>
          <Button ref={confirmRef} type="button" appearance="primary-action-button" onClick={onRemove}>
            {confirmLabel}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => ask(false)}>
            {t('roadmapEditor.cancel')}
          </Button>
        </>
      ) : (
        <Button ref={askRef} type="button" appearance="secondary-action-button" onClick={() => ask(true)}>
          {label}
        </Button>
      )}
    </div>
  );
}
