import type { ReactNode } from 'react';

/** Props of {@link FormFieldFrame}. */
export interface FormFieldFrameProps {
  /** Id of the control; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  description?: string;
  error?: string;
  /** The native control, which points at the hint and error with aria-describedby. */
  children: ReactNode;
}

/** The NL Design System form-field markup (label, hint, error) around a native control. */
export function FormFieldFrame({ id, label, description, error, children }: FormFieldFrameProps) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}
