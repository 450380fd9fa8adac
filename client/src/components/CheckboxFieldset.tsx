import type { ReactNode } from 'react';

/** One choice of a {@link CheckboxFieldset}. */
export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

/** Props of {@link CheckboxFieldset}. */
export interface CheckboxFieldsetProps {
  /** The first checkbox's id (forms focus it when the group is in error); the others append their value. */
  id: string;
  legend: string;
  error?: string;
  options: readonly CheckboxOption[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
}

/** A group of checkboxes under a legend, with its error tied to the group by aria-describedby. */
export function CheckboxFieldset({ id, legend, error, options, checked, onChange }: CheckboxFieldsetProps) {
  const errorId = `${id}-error`;
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...checked, value] : checked.filter((v) => v !== value));
  return (
    <fieldset className="utrecht-form-fieldset koers-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {error && (
        <p id={errorId} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value.replace(/[^a-z0-9_-]/gi, '-')}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={optionId}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={checked.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
