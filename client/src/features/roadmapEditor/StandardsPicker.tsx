import { Button } from '@utrecht/button-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../components/SearchPicker';
import { useStandardCandidates } from '../standards/useStandardCandidates';
import { StandardName } from './StandardName';

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
  const results = useStandardCandidates(search, value);

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
