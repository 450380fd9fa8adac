import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import type { FormErrors } from './quickWinValues';

/**
 * Errors of a form: messages per field (from the form's own checks, or a server BAD_USER_INPUT
 * naming one of `fields`) and any other failure (shown above the form). The first field in error
 * gets focus, so keyboard and screen reader users land on what needs fixing; its input must have
 * the id `<idPrefix>-<field>`.
 */
export function useFormErrors<F extends string>(idPrefix: string, fields: readonly F[]) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<F, string>>>({});
  const [otherError, setOtherError] = useState<unknown>();

  function focusFirst(inError: string[]) {
    const first = fields.find((field) => inError.includes(field));
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  }

  /** Shows the form's own findings (i18n keys); true when there were none. */
  function check(found: FormErrors<F>): boolean {
    setOtherError(undefined);
    const messages: Partial<Record<F, string>> = {};
    // The keys come from the validators, which name keys of quickWinForm.errors.
    for (const [field, key] of Object.entries(found) as [F, string][]) {
      messages[field] = t(key as 'quickWinForm.errors.title');
    }
    setFieldErrors(messages);
    focusFirst(Object.keys(found));
    return Object.keys(found).length === 0;
  }

  /** Places a failed mutation's error next to its field, or above the form. */
  function fail(error: unknown): void {
    const fieldError = fieldErrorOf(error);
    if (fieldError && (fields as readonly string[]).includes(fieldError.field)) {
      setFieldErrors({ [fieldError.field]: fieldErrorText(fieldError) } as Partial<Record<F, string>>);
      focusFirst([fieldError.field]);
    } else {
      setOtherError(error);
    }
  }

  return { fieldErrors, otherError, check, fail };
}
