import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchPicker } from '../../components/SearchPicker';
import { useStandardCandidates } from '../standards/useStandardCandidates';

/** Picks any standard from the catalogue for a first report, leaving out those already on the card. */
export function AddStandardReport({
  onPick,
  onCard,
}: {
  onPick: (standard: { id: string; name: string }) => void;
  onCard: readonly string[];
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const candidates = useStandardCandidates(search, onCard);
  return (
    <section aria-labelledby="add-standard-heading" className="koers-panel">
      <h3 id="add-standard-heading" className="utrecht-heading-3">
        {t('municipality.addStandard')}
      </h3>
      <SearchPicker
        id="add-standard-search"
        label={t('municipality.addStandardSearch')}
        search={search}
        onSearch={setSearch}
        candidates={candidates}
        candidatesLabel={t('municipality.addStandardCandidates')}
        renderCandidate={(standard) => standard.name}
        onPick={(standard) => {
          setSearch('');
          onPick(standard);
        }}
        maxLength={100}
      />
    </section>
  );
}
