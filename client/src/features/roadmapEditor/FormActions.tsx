import { Button } from '@utrecht/button-react';
import { useTranslation } from 'react-i18next';

/** Props of {@link FormActions}. */
export interface FormActionsProps {
  submitLabel: string;
  /** Shown as a cancel button when given (editing in a panel; adding has its own close). */
  onCancel?: () => void;
}

/** The save and cancel buttons under the item and milestone forms. */
export function FormActions({ submitLabel, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="koers-form__actions">
      <Button type="submit" appearance="primary-action-button">
        {submitLabel}
      </Button>
      {onCancel && (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('roadmapEditor.cancel')}
        </Button>
      )}
    </div>
  );
}
