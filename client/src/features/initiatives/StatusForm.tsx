import { MAX_REASON_LENGTH } from '../../../../common/limits';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '../../components/MutationError';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import type { InitiativeStatus } from '../../gql/graphql';
import { SubmitWithStatus } from './SubmitWithStatus';
import { useFormErrors } from './useFormErrors';
import { useUpdateInitiativeStatus } from './useUpdateInitiativeStatus';

const FIELDS = ['status', 'reason'] as const;

/** Props of {@link StatusForm}. */
export interface StatusFormProps {
  initiativeId: string;
  status: InitiativeStatus;
  /** What the server's workflow allows next; empty for a final status. */
  nextStatuses: readonly InitiativeStatus[];
  onReload: () => void;
}

/**
 * Moves a quick win along its workflow. Only the moves the server allows are offered; stopping
 * asks for a reason, as the server requires one.
 */
export function StatusForm({ initiativeId, status, nextStatuses, onReload }: StatusFormProps) {
  const { t } = useTranslation();
  const { updateInitiativeStatus, loading } = useUpdateInitiativeStatus();
  const [next, setNext] = useState<InitiativeStatus | ''>(nextStatuses[0] ?? '');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState('');
  const { fieldErrors, otherError, check, fail } = useFormErrors('quick-win-status', FIELDS);
  const choice = nextStatuses.includes(next as InitiativeStatus) ? next : (nextStatuses[0] ?? '');

  if (nextStatuses.length === 0) {
    return (
      <p className="utrecht-paragraph">
        {t('quickWinForm.finalStatus', { status: t(`enums.initiativeStatus.${status}`) })}
      </p>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    if (!choice) return;
    if (
      !check(
        choice === 'STOPPED' && reason.trim().length === 0 ? { reason: 'quickWinForm.errors.reason' } : {},
      )
    )
      return;
    try {
      await updateInitiativeStatus({
        id: initiativeId,
        status: choice,
        reason: choice === 'STOPPED' ? reason.trim() : null,
      });
      setReason('');
      setSaved(t('quickWinForm.statusSaved', { status: t(`enums.initiativeStatus.${choice}`) }));
    } catch (error) {
      fail(error);
    }
  }

  return (
    <form className="koers-form" onSubmit={(event) => void submit(event)} noValidate>
      {otherError !== undefined && <MutationError error={otherError} onReload={onReload} />}
      <SelectField
        id="quick-win-status-status"
        label={t('quickWinForm.newStatus')}
        value={choice}
        error={fieldErrors.status}
        onChange={(value) => setNext(value as InitiativeStatus)}
        options={nextStatuses.map((option) => ({
          value: option,
          label: t(`enums.initiativeStatus.${option}`),
        }))}
      />
      {choice === 'STOPPED' && (
        <TextAreaField
          id="quick-win-status-reason"
          label={t('quickWin.stopReason')}
          description={t('quickWinForm.reasonHint')}
          required
          maxLength={MAX_REASON_LENGTH}
          value={reason}
          error={fieldErrors.reason}
          onChange={setReason}
        />
      )}
      <SubmitWithStatus label={t('quickWinForm.changeStatus')} busy={loading} status={saved} />
    </form>
  );
}
