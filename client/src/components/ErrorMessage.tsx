import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../apollo/errorCode';

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps {
  /** Whatever the failed operation reported (Apollo error, network error, ...). */
  error: unknown;
  /** Offers a retry button when given. */
  onRetry?: () => void;
}

/** Explains a failed request in plain words (chosen by `extensions.code`), never a stack trace. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  return (
    <div className="utrecht-alert utrecht-alert--error koers-alert" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">
            <strong>{t('errors.title')}</strong>
          </p>
          <p className="utrecht-paragraph">{t(`errors.${code}`)}</p>
          {onRetry && (
            <Button appearance="secondary-action-button" type="button" onClick={onRetry}>
              {t('state.retry')}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
