import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '../../components/MutationError';
import type { RolloutStatus } from '../../gql/graphql';
import { useUpdateInitiative } from './useUpdateInitiative';
import { useUpdateRollout } from './useUpdateRollout';
import './quickWin.css';

/** Rollout statuses in workflow order. */
export const ROLLOUT_STATUSES: readonly RolloutStatus[] = ['NOT_STARTED', 'PREPARING', 'LIVE', 'WITHDRAWN'];

/** Props of {@link RolloutControl}. */
export interface RolloutControlProps {
  initiativeId: string;
  municipality: { id: string; name: string };
  status: RolloutStatus;
  onReload: () => void;
}

/** Sets one participant's rollout status, or removes the participant; for a table cell. */
export function RolloutControl({ initiativeId, municipality, status, onReload }: RolloutControlProps) {
  const { t } = useTranslation();
  const { updateRollout, loading: saving } = useUpdateRollout();
  const { updateInitiative, loading: removing } = useUpdateInitiative();
  const [value, setValue] = useState<RolloutStatus>(status);
  const [error, setError] = useState<unknown>();
  const id = `rollout-${municipality.id}`;

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(() => updateRollout({ initiativeId, municipalityId: municipality.id, status: value }));
  }

  return (
    <form className="koers-inline-form" onSubmit={save}>
      <label className="koers-visually-hidden" htmlFor={id}>
        {t('quickWinForm.rolloutOf', { municipality: municipality.name })}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(event) => setValue(event.target.value as RolloutStatus)}
      >
        {ROLLOUT_STATUSES.map((option) => (
          <option key={option} value={option}>
            {t(`enums.rolloutStatus.${option}`)}
          </option>
        ))}
      </select>
      <Button type="submit" appearance="secondary-action-button" disabled={saving} busy={saving || undefined}>
        {t('common.save')}
        <span className="koers-visually-hidden"> {municipality.name}</span>
      </Button>
      <Button
        type="button"
        appearance="subtle-button"
        disabled={removing}
        onClick={() =>
          void run(() => updateInitiative({ id: initiativeId, removeMunicipalityIds: [municipality.id] }))
        }
      >
        {t('quickWinForm.remove')}
        <span className="koers-visually-hidden"> {municipality.name}</span>
      </Button>
      {error !== undefined && <MutationError error={error} onReload={onReload} />}
    </form>
  );
}
