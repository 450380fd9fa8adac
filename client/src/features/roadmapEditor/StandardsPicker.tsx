import { useQuery } from '@apollo/client/react';
import { Button } from '@utrecht/button-react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../components/SearchPicker';
import { graphql } from '../../gql';
import { StandardName } from './StandardName';

const StandardsPickerSearchQuery = graphql(`
  query StandardsPickerSearchQuery($search: String!) {
    standards(search: $search, first: 8) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Props of {@link StandardsPicker}. */
export interface StandardsPickerProps {
  value: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Links an item to standards: the linked ones as a list with a remove button each, and a search
 * over the catalogue (GraphQL `standards`) whose results are buttons that link that standard.
 */
export function StandardsPicker({ value, onChange }: StandardsPickerProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const { data } = useQuery(StandardsPickerSearchQuery, {
    variables: { search: deferred },
    skip: deferred.length < 2,
  });
  const results = (deferred.length < 2 ? [] : (data?.standards.nodes ?? [])).filter(
    (standard) => !value.includes(standard.id),
  );

  return (
    <fieldset className="utrecht-form-fieldset koers-standards-picker">
      <legend className="utrecht-form-fieldset__legend">{t('roadmapEditor.item.standards')}</legend>
      {value.length === 0 ? (
        <p className="utrecht-paragraph">{t('roadmapEditor.item.noStandards')}</p>
      ) : (
        <ul className="koers-panel-list">
          {value.map((id) => (
            <li key={id}>
              <StandardName id={id} link />{' '}
              <Button
                type="button"
                appearance="subtle-button"
                onClick={() => onChange(value.filter((other) => other !== id))}
              >
                {t('roadmapEditor.item.unlink')}
                <span className="koers-visually-hidden">
                  : <StandardName id={id} />
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SearchPicker
        id={searchId}
        label={t('roadmapEditor.item.searchStandard')}
        search={search}
        onSearch={setSearch}
        candidates={results}
        candidatesLabel={t('roadmapEditor.item.searchResults')}
        listClassName="koers-panel-list"
        onPick={(standard) => {
          onChange([...value, standard.id]);
          setSearch('');
        }}
        renderCandidate={(standard) => t('roadmapEditor.item.link', { name: standard.name })}
      />
    </fieldset>
  );
}
