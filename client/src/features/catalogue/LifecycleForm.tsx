import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIFECYCLES, lifecycleMove } from '../../../../common/standards';
import { MAX_REASON_LENGTH } from '../../../../common/validation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { graphql } from '../../gql';
import type { Lifecycle } from '../../gql/graphql';
import { SubmitWithStatus } from '../initiatives/SubmitWithStatus';
import type { FormErrors } from '../initiatives/quickWinValues';
import { useServerForm } from '../forms/useServerForm';
import { useStandardAdmin } from './useStandardAdmin';

const SuccessorCandidates = graphql(`
  query SuccessorCandidates {
    standards(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

const FIELDS = ['lifecycle', 'reason', 'successorId'] as const;
type Field = (typeof FIELDS)[number];

/** Props of {@link LifecycleForm}. */
export interface LifecycleFormProps {
  standard: { id: string; name: string; lifecycle: Lifecycle; successor?: { id: string } | null };
}

/**
 * Moves a standard along DRAFT → CANDIDATE → ESTABLISHED → DEPRECATED: the next stage, or back to
 * an earlier one with a reason; DEPRECATED may name a successor. Moving back or deprecating asks
 * for confirmation first.
 */
export function LifecycleForm({ standard }: LifecycleFormProps) {
  const { t } = useTranslation();
  const { changeLifecycle } = useStandardAdmin();
  const { data } = useQuery(SuccessorCandidates);
  // The stages it may go to: the next one and every earlier one.
  const targets = LIFECYCLES.filter((stage) => {
    const move = lifecycleMove(standard.lifecycle, stage);
    return move === 'forward' || move === 'back';
  });
  const [picked, setTarget] = useState<Lifecycle>(targets[0] ?? standard.lifecycle);
  // After a move the choices change; a pick that is no longer offered falls back to the first one.
  const target = targets.includes(picked) ? picked : (targets[0] ?? standard.lifecycle);
  const [reason, setReason] = useState('');
  const [successorId, setSuccessorId] = useState(standard.successor?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const form = useServerForm<Field>('lifecycle', FIELDS);
  const back = lifecycleMove(standard.lifecycle, target) === 'back';
  const needsConfirmation = back || target === 'DEPRECATED';

  function save() {
    const found: FormErrors<Field> = {};
    if (back && !reason.trim()) found.reason = 'catalogue.errors.reason';
    setConfirming(false);
    void form.submit(found, async () => {
      await changeLifecycle({
        standardId: standard.id,
        lifecycle: target,
        reason: back ? reason.trim() : null,
        successorId: target === 'DEPRECATED' && successorId ? successorId : null,
      });
      setReason('');
      return t('catalogue.lifecycleChanged', { stage: t(`enums.lifecycle.${target}`) });
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsConfirmation && !confirming) setConfirming(true);
    else save();
  }

  return (
    <form className="koers-form" onSubmit={submit} noValidate aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading" className="utrecht-heading-2">
        {t('standard.lifecycle')}
      </h2>
      <p className="utrecht-paragraph">
        {t('catalogue.currentStage', { stage: t(`enums.lifecycle.${standard.lifecycle}`) })}
      </p>
      {form.otherError !== undefined && <ErrorMessage error={form.otherError} />}
      <SelectField
        id="lifecycle-lifecycle"
        label={t('catalogue.newStage')}
        value={target}
        options={targets.map((stage) => ({ value: stage, label: t(`enums.lifecycle.${stage}`) }))}
        onChange={(value) => {
          setTarget(value as Lifecycle);
          setConfirming(false);
        }}
        error={form.fieldErrors.lifecycle}
      />
      {back && (
        <TextAreaField
          id="lifecycle-reason"
          label={t('catalogue.reason')}
          value={reason}
          maxLength={MAX_REASON_LENGTH}
          onChange={setReason}
          error={form.fieldErrors.reason}
        />
      )}
      {target === 'DEPRECATED' && (
        <SelectField
          id="lifecycle-successorId"
          label={t('catalogue.successor')}
          value={successorId}
          options={[
            { value: '', label: t('catalogue.noSuccessor') },
            ...(data?.standards.nodes ?? [])
              .filter((candidate) => candidate.id !== standard.id)
              .map((candidate) => ({ value: candidate.id, label: candidate.name })),
          ]}
          onChange={setSuccessorId}
          error={form.fieldErrors.successorId}
        />
      )}
      {confirming && (
        <p className="utrecht-paragraph" role="alert">
          {t('catalogue.confirmStage', { name: standard.name, stage: t(`enums.lifecycle.${target}`) })}
        </p>
      )}
      <SubmitWithStatus
        label={
          confirming
            ? t('catalogue.confirmStageButton', { stage: t(`enums.lifecycle.${target}`) })
            : t('catalogue.changeStage')
        }
        busy={form.busy}
        status={form.status}
      />
      {confirming && (
        <div className="koers-actions">
          <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
            {t('roadmapEditor.cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}
