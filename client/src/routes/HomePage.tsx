import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useViewer } from '../features/auth/AuthContext';

/** `/`: the signed-in person's starting point; visitors are invited to sign in. */
export function HomePage() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();

  if (loading) return <Loading />;
  if (!viewer) {
    return (
      <Page title={t('home.title')}>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{t('home.intro')}</p>
        <p className="utrecht-paragraph">{t('home.signInPrompt')}</p>
        <p className="utrecht-paragraph">
          <Link to="/login" className="utrecht-link">
            {t('nav.login')}
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('home.welcome', { name: viewer.name })}>
      <EmptyState message={t('home.empty')} />
    </Page>
  );
}
