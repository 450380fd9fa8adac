import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { initialsOf } from './collabUser';
import { presentUsers, type PresentUser } from './presence';
import './collab.css';

/** Props of {@link PresenceList}. */
export interface PresenceListProps {
  /** The document's awareness; nothing is shown while it is null (signed out, not opened). */
  awareness: Awareness | null;
}

/** Who is in the document now: initials in their colour, name and municipality; live. */
export function PresenceList({ awareness }: PresenceListProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [people, setPeople] = useState<PresentUser[]>([]);

  useEffect(() => {
    if (!awareness) {
      setPeople([]);
      return;
    }
    const refresh = () => setPeople(presentUsers(awareness));
    refresh();
    // 'change' fires when someone arrives, leaves or changes their state, not on keep-alives.
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness]);

  if (!awareness) return null;
  return (
    <div className="koers-presence" data-testid="presence">
      <p id={labelId} className="koers-presence__label">
        {t('collab.presence.label', { count: people.length })}
      </p>
      <ul className="koers-presence__list" aria-labelledby={labelId}>
        {people.map((person) => (
          <li key={person.id} className="koers-presence__person">
            <span className="koers-avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
              {initialsOf(person.name)}
            </span>
            <span className="koers-presence__name">
              {person.name}
              {person.isSelf && ` (${t('collab.presence.you')})`}
              {person.municipality && (
                <span className="koers-presence__municipality">
                  <span className="koers-visually-hidden">, </span>
                  {person.municipality}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
