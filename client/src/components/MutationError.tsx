import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '../../../common/errorCodes';
import { errorCodeOf } from '../apollo/errorCode';
import { ErrorMessage } from './ErrorMessage';

/** Props of {@link MutationError}. */
export interface MutationErrorProps {
  error: unknown;
  /** Fetches the current state again; offered when someone else changed the thing meanwhile. */
  onReload: () => void;
}

/**
 * A failed save above a form. A CONFLICT means someone else changed the record at the same
 * moment: the way out is to reload it and try again, so that is offered as a button.
 */
export function MutationError({ error, onReload }: MutationErrorProps) {
  const { t } = useTranslation();
  if (errorCodeOf(error) !== ErrorCode.Conflict) return <ErrorMessage error={error} />;
  return (
    <div className="utrecht-alert utrecht-alert--warning koers-alert" role="alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph">
            <strong>{t('errors.title')}</strong>
          </p>
          <p className="utrecht-paragraph">{t('errors.CONFLICT')}</p>
          <Button appearance="secondary-action-button" type="button" onClick={onReload}>
            {t('quickWinForm.reload')}
          </Button>
        </div>
      </div>
    </div>
  );
}
