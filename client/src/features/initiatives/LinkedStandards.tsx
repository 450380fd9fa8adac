import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MutationError } from '../../components/MutationError';
import { SearchPicker } from '../../components/SearchPicker';
import { useStandardCandidates } from '../standards/useStandardCandidates';
import { useUpdateInitiative } from './useUpdateInitiative';

/** Props of {@link LinkedStandards}. */
export interface LinkedStandardsProps {
  initiativeId: string;
  standards: readonly { id: string; slug: string; name: string }[];
  onReload: () => void;
}

/** The standards a quick win works towards; managers link more by name or unlink them. */
export function LinkedStandards({ initiativeId, standards, onReload }: LinkedStandardsProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>();
  const { updateInitiative, loading } = useUpdateInitiative();
  const linkedIds = standards.map((standard) => standard.id);
  const candidates = useStandardCandidates(search, linkedIds);

  async function save(standardIds: string[], done: string) {
    setError(undefined);
    setMessage('');
    try {
      await updateInitiative({ id: initiativeId, standardIds });
      setMessage(done);
      setSearch('');
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section aria-labelledby="linked-standards-heading">
      <h2 id="linked-standards-heading" className="utrecht-heading-2">
        {t('quickWin.standards')}
      </h2>
      {standards.length === 0 ? (
        <p className="utrecht-paragraph">{t('quickWinForm.noStandards')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {standards.map((standard) => (
            <li key={standard.id}>
              <Link className="utrecht-link" to={`/standaarden/${standard.slug}`}>
                {standard.name}
              </Link>{' '}
              <Button
                type="button"
                appearance="subtle-button"
                disabled={loading}
                onClick={() =>
                  void save(
                    linkedIds.filter((id) => id !== standard.id),
                    t('quickWinForm.standardUnlinked', { standard: standard.name }),
                  )
                }
              >
                {t('quickWinForm.unlink')}
                <span className="koers-visually-hidden"> {standard.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="koers-form">
        <SearchPicker
          id="link-standard-search"
          label={t('quickWinForm.linkStandard')}
          autoComplete="off"
          maxLength={100}
          search={search}
          onSearch={setSearch}
          candidates={candidates}
          candidatesLabel={t('quickWinForm.standardCandidates')}
          disabled={loading}
          onPick={(standard) =>
            void save(
              [...linkedIds, standard.id],
              t('quickWinForm.standardLinked', { standard: standard.name }),
            )
          }
          renderCandidate={(standard) => t('quickWinForm.link', { standard: standard.name })}
        />
        {error !== undefined && <MutationError error={error} onReload={onReload} />}
        <p className="utrecht-paragraph" role="status">
          {message}
        </p>
      </div>
    </section>
  );
}
