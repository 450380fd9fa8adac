import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../components/SearchPicker';
import { graphql } from '../../gql';

const MunicipalityCandidates = graphql(`
  query MunicipalityCandidates($search: String!) {
    municipalities(search: $search, first: 8) {
      nodes {
        id
        name
      }
    }
  }
`);

/** A chosen municipality. */
export interface PickedMunicipality {
  id: string;
  name: string;
}

/** Props of {@link MunicipalityPicker}. */
export interface MunicipalityPickerProps {
  id: string;
  label: string;
  value: PickedMunicipality | null;
  onChange: (municipality: PickedMunicipality | null) => void;
  /** Municipalities not to offer (already chosen elsewhere). */
  exclude?: readonly string[];
  error?: string;
}

/**
 * Chooses one municipality by typing part of its name; once chosen it is shown with a button to
 * choose another. The search box has the id `id`, so a form can focus it on an error.
 */
export function MunicipalityPicker({
  id,
  label,
  value,
  onChange,
  exclude = [],
  error,
}: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const text = search.trim();
  const { data } = useQuery(MunicipalityCandidates, { variables: { search: text }, skip: text.length < 2 });
  const candidates = (text.length < 2 ? [] : (data?.municipalities.nodes ?? [])).filter(
    (municipality) => !exclude.includes(municipality.id),
  );
  if (value) {
    return (
      <p className="utrecht-paragraph">
        {label}: <strong>{value.name}</strong>{' '}
        <Button id={id} type="button" appearance="subtle-button" onClick={() => onChange(null)}>
          {t('people.otherMunicipality')}
        </Button>
      </p>
    );
  }
  return (
    <div>
      <SearchPicker
        id={id}
        label={label}
        search={search}
        onSearch={setSearch}
        candidates={candidates}
        candidatesLabel={t('people.municipalityCandidates')}
        renderCandidate={(municipality) => municipality.name}
        onPick={(municipality) => {
          onChange({ id: municipality.id, name: municipality.name });
          setSearch('');
        }}
      />
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
