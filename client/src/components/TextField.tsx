import { FormField } from '@utrecht/form-field-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormLabel } from '@utrecht/form-label-react';
import { Textbox, type TextboxProps } from '@utrecht/textbox-react';
import { forwardRef } from 'react';

/** Props of {@link TextField}: a textbox plus its visible label and optional error. */
export interface TextFieldProps extends Omit<TextboxProps, 'id'> {
  id: string;
  label: string;
  error?: string;
}

/**
 * A labelled NL Design System textbox. The error is tied to the input with aria-describedby and
 * aria-invalid, so a screen reader reads it when the field gets focus.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, error, ...input },
  ref,
) {
  const errorId = `${id}-error`;
  return (
    <FormField
      type="text"
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textbox
          {...input}
          ref={ref}
          id={id}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
      }
    />
  );
});
