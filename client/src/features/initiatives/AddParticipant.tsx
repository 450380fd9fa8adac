import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationError } from '../../components/MutationError';
import { SearchPicker } from '../../components/SearchPicker';
import { graphql } from '../../gql';
import { useUpdateInitiative } from './useUpdateInitiative';

const ParticipantCandidatesQuery = graphql(`
  query ParticipantCandidatesQuery($search: String!) {
    municipalities(search: $search, first: 8) {
      nodes {
        id
        name
        province {
          name
        }
      }
    }
  }
`);

/** Props of {@link AddParticipant}. */
export interface AddParticipantProps {
  initiativeId: string;
  /** CBS codes already taking part; they are not offered again. */
  participantIds: readonly string[];
  onReload: () => void;
}

/** Finds a municipality by name and adds it as a participant (rollout NOT_STARTED). */
export function AddParticipant({ initiativeId, participantIds, onReload }: AddParticipantProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [added, setAdded] = useState('');
  const [error, setError] = useState<unknown>();
  const { updateInitiative, loading: adding } = useUpdateInitiative();
  const text = search.trim();
  const { data } = useQuery(ParticipantCandidatesQuery, {
    variables: { search: text },
    skip: text.length < 2,
  });
  const candidates = (text.length < 2 ? [] : (data?.municipalities.nodes ?? [])).filter(
    (municipality) => !participantIds.includes(municipality.id),
  );

  async function add(municipality: { id: string; name: string }) {
    setError(undefined);
    setAdded('');
    try {
      await updateInitiative({ id: initiativeId, addMunicipalityIds: [municipality.id] });
      setAdded(t('quickWinForm.participantAdded', { municipality: municipality.name }));
      setSearch('');
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <div className="koers-form">
      <SearchPicker
        id="add-participant-search"
        label={t('quickWinForm.addParticipant')}
        autoComplete="off"
        maxLength={100}
        search={search}
        onSearch={setSearch}
        candidates={candidates}
        candidatesLabel={t('quickWinForm.candidates')}
        disabled={adding}
        onPick={(municipality) => void add(municipality)}
        renderCandidate={(municipality) => (
          <>
            {t('quickWinForm.add', { municipality: municipality.name })}
            <span className="koers-visually-hidden"> ({municipality.province.name})</span>
          </>
        )}
      />
      {error !== undefined && <MutationError error={error} onReload={onReload} />}
      <p className="utrecht-paragraph" role="status">
        {added}
      </p>
    </div>
  );
}
