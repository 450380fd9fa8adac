import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CollabDocument } from './useCollabDocument';
import './collab.css';

/** Props of {@link ConnectionStatus}: the parts of a {@link CollabDocument} it shows. */
export interface ConnectionStatusProps {
  collab: Pick<
    CollabDocument,
    'status' | 'canEdit' | 'hasUnsentChanges' | 'restoredOfflineChanges' | 'problem'
  >;
}

/**
 * The connection of a co-edited document in words (connected, syncing, offline with local saving,
 * read-only), plus what the viewer must know about unsent edits. A polite live region, so screen
 * reader users hear changes without losing their place.
 */
export function ConnectionStatus({ collab }: ConnectionStatusProps) {
  const { t } = useTranslation();
  const { status, canEdit, hasUnsentChanges, restoredOfflineChanges, problem } = collab;
  const label =
    status === 'offline' && !canEdit ? t('collab.status.offlineReadOnly') : t(`collab.status.${status}`);

  return (
    <div
      className="koers-collab-status"
      data-status={status}
      data-unsent={hasUnsentChanges}
      role="status"
      aria-live="polite"
    >
      <p className="koers-collab-status__state">
        <span className="koers-collab-status__dot" aria-hidden="true" />
        {label}
      </p>
      {problem === 'unauthenticated' && (
        <p className="koers-collab-status__detail">
          {t('collab.unauthenticated')}{' '}
          <Link className="utrecht-link" to="/login">
            {t('collab.signIn')}
          </Link>
        </p>
      )}
      {problem === 'notFound' && <p className="koers-collab-status__detail">{t('collab.notFound')}</p>}
      {restoredOfflineChanges && <p className="koers-collab-status__detail">{t('collab.restored')}</p>}
      {status === 'readOnly' && hasUnsentChanges && (
        <p className="koers-collab-status__detail">{t('collab.readOnlyUnsent')}</p>
      )}
    </div>
  );
}
