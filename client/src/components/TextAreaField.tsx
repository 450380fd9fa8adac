import type { Ref } from 'react';
import { FormFieldFrame } from './FormFieldFrame';

/** Props of {@link TextAreaField}. */
export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** A hint under the label, read with the field. */
  description?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  /** Lets a form move focus to the field, e.g. when its check fails. */
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled NL Design System textarea; hint and error are tied to it with aria-describedby. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  description,
  required,
  rows = 4,
  maxLength,
  ref,
}: TextAreaFieldProps) {
  const describedBy = [description ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormFieldFrame id={id} label={label} description={description} error={error}>
      <textarea
        ref={ref}
        id={id}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        rows={rows}
        value={value}
        maxLength={maxLength}
        required={required}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormFieldFrame>
  );
}
