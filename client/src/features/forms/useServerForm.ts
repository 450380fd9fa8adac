import { useState } from 'react';
import { useFormErrors } from '../initiatives/useFormErrors';
import type { FormErrors } from '../initiatives/quickWinValues';

/**
 * A form that saves through a mutation: its own checks first (i18n keys per field), then the
 * mutation; a BAD_USER_INPUT lands next to its field (inputs have the id `<idPrefix>-<field>`),
 * anything else above the form, and the success message goes to a live region (`status`).
 */
export function useServerForm<F extends string>(idPrefix: string, fields: readonly F[]) {
  const errors = useFormErrors(idPrefix, fields);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  /** Checks, then runs `save`; its returned text is announced as the outcome. */
  async function submit(found: FormErrors<F>, save: () => Promise<string | undefined>): Promise<void> {
    setStatus('');
    if (!errors.check(found)) return;
    setBusy(true);
    try {
      const message = await save();
      if (message) setStatus(message);
    } catch (error) {
      errors.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return { ...errors, status, busy, submit };
}
