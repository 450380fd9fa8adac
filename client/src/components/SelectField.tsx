import type { ChangeEvent } from 'react';
import { FormFieldFrame } from './FormFieldFrame';

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}

/** A labelled NL Design System select (Utrecht CSS classes on a native element). */
export function SelectField({ id, label, value, options, onChange, error, required }: SelectFieldProps) {
  const errorId = `${id}-error`;
  return (
    <FormFieldFrame id={id} label={label} error={error}>
      <select
        id={id}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormFieldFrame>
  );
}
