import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../apollo/errorCode';
import { useFieldErrorText } from '../../apollo/useFieldErrorText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { graphql } from '../../gql';

const RecordMergerMutation = graphql(`
  mutation RecordMergerMutation($input: RecordMergerInput!) {
    recordMerger(input: $input) {
      id
      ended {
        id
        active
        validUntil
      }
    }
  }
`);

/** Admins record that this municipality ended and went into a successor (effective date, successor). */
export function RecordMergerForm({
  municipalityId,
  onRecorded,
}: {
  municipalityId: string;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [successorId, setSuccessorId] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [error, setError] = useState<unknown>();
  const [mutate, { loading }] = useMutation(RecordMergerMutation);
  const field = fieldErrorOf(error);
  const fieldErrorText = useFieldErrorText();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await mutate({
        variables: { input: { effectiveDate, successorId: successorId.trim(), endedIds: [municipalityId] } },
      });
      onRecorded();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="koers-form koers-panel" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="utrecht-heading-2">{t('municipality.mergeTitle')}</h2>
      <p className="utrecht-paragraph">{t('municipality.mergeIntro')}</p>
      {error !== undefined && !field && <ErrorMessage error={error} />}
      <TextField
        id="merger-successor"
        label={t('municipality.mergeSuccessor')}
        value={successorId}
        error={field?.field === 'successorId' ? fieldErrorText(field) : undefined}
        onChange={(event) => setSuccessorId(event.target.value)}
      />
      <TextField
        id="merger-date"
        type="date"
        label={t('municipality.mergeDate')}
        value={effectiveDate}
        error={field?.field === 'effectiveDate' ? fieldErrorText(field) : undefined}
        onChange={(event) => setEffectiveDate(event.target.value)}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={loading}>
        {t('municipality.mergeSubmit')}
      </Button>
    </form>
  );
}
