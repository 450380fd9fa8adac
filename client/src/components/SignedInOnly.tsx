import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../features/auth/AuthContext';
import { EmptyState } from './EmptyState';
import { Loading } from './Loading';
import { Page } from './Page';

/**
 * Shows its children only to a signed-in person; a visitor gets the page's heading and a link to
 * sign in, instead of a request the server would refuse.
 */
export function SignedInOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (viewer) return <>{children}</>;
  return (
    <Page title={title}>
      {loading ? (
        <Loading />
      ) : (
        <EmptyState message={t('state.signInRequired')}>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to="/login" state={{ from: location.pathname }}>
              {t('nav.login')}
            </Link>
          </p>
        </EmptyState>
      )}
    </Page>
  );
}
