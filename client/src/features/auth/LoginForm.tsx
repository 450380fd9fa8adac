import { PrimaryActionButton } from '@utrecht/button-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '../../../../common/errorCodes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorCodeOf } from '../../apollo/errorCode';
import { TextField } from '../../components/TextField';
import { validateLogin, type LoginErrors, type LoginValues } from './validateLogin';

/** Props of {@link LoginForm}. */
export interface LoginFormProps {
  /** Called with valid values only. */
  onSubmit: (values: LoginValues) => void;
  submitting: boolean;
  /** The server's answer to the last attempt, if it failed. */
  serverError?: unknown;
}

const fieldOrder = ['email', 'password'] as const;

/**
 * E-mail and password with an error summary (the GOV.UK / NL Design System pattern): on a failed
 * submit the summary gets focus and lists each problem as a link to its field.
 */
export function LoginForm({ onSubmit, submitting, serverError }: LoginFormProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<LoginErrors>({});
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldRefs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const problems = fieldOrder.flatMap((field) => {
    const key = errors[field];
    return key ? [{ field, key }] : [];
  });

  useEffect(() => {
    // Only after a submit that found problems; focusing on every render would trap the user.
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') };
    const found = validateLogin(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onSubmit({ email: values.email.trim(), password: values.password });
  }

  return (
    <form className="koers-form" noValidate onSubmit={handleSubmit}>
      {problems.length > 0 && (
        <div
          ref={summaryRef}
          className="utrecht-alert utrecht-alert--error koers-alert"
          tabIndex={-1}
          aria-labelledby="login-summary-title"
        >
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h2 id="login-summary-title" className="utrecht-heading-2">
                {t('login.summaryTitle')}
              </h2>
              <ul className="utrecht-unordered-list">
                {problems.map(({ field, key }) => (
                  <li key={field} className="utrecht-unordered-list__item">
                    <a
                      className="utrecht-link"
                      href={`#${field}`}
                      onClick={(event) => {
                        event.preventDefault();
                        fieldRefs[field].current?.focus();
                      }}
                    >
                      {t(key)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      {serverError !== undefined &&
        (errorCodeOf(serverError) === ErrorCode.Unauthenticated ? (
          <div className="utrecht-alert utrecht-alert--error koers-alert" role="alert">
            <p className="utrecht-paragraph">{t('login.wrongCredentials')}</p>
          </div>
        ) : (
          <ErrorMessage error={serverError} />
        ))}
      <TextField
        ref={fieldRefs.email}
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        label={t('login.email')}
        error={errors.email && t(errors.email)}
      />
      <TextField
        ref={fieldRefs.password}
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('login.password')}
        error={errors.password && t(errors.password)}
      />
      <PrimaryActionButton type="submit" busy={submitting} disabled={submitting}>
        {t('login.submit')}
      </PrimaryActionButton>
    </form>
  );
}
