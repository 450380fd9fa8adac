import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../features/auth/AuthContext';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { SearchBox } from '../features/search/SearchBox';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

/** The banner: the Koers name (home link), site search, the account and language controls, and the main menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <header className="utrecht-page-header koers-header">
      <div className="utrecht-page-header__content koers-header__content">
        <div className="koers-header__top">
          <Link to="/" className="koers-brand">
            <span className="koers-brand__name">{t('app.name')}</span>
            <span className="koers-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <SearchBox />
          <div className="koers-header__tools">
            {viewer && <NotificationBell />}
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
        <MainNav />
      </div>
    </header>
  );
}
