import { Button } from '@utrecht/button-react';
import { useId, useRef, useState, type ReactNode } from 'react';

/** Props of {@link AddPanel}. */
export interface AddPanelProps {
  /** The button's text, also the name of the panel. */
  label: string;
  /**
   * The form, given `close` (after saving: the new entry's panel takes the focus) and `cancel`
   * (closes and puts focus back on the button).
   */
  children: (actions: { close: () => void; cancel: () => void }) => ReactNode;
}

/**
 * A button that shows and hides an add form below it (a disclosure). Cancelling puts focus back
 * on the button, so a keyboard user does not land at the top of the page.
 */
export function AddPanel({ label, children }: AddPanelProps) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => setOpen(false);
  const cancel = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <section className="koers-panel" aria-label={label}>
      <Button
        ref={buttonRef}
        type="button"
        appearance={open ? 'secondary-action-button' : 'primary-action-button'}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Button>
      <div id={formId} hidden={!open}>
        {open && children({ close, cancel })}
      </div>
    </section>
  );
}
