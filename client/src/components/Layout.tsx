import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Loading } from './Loading';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The shell around every route: skip link, header, the main landmark and the footer. */
export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="koers-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('app.skipLink')}
      </a>
      <SiteHeader />
      {/* tabIndex -1 lets the skip link move keyboard focus into main, not only scroll to it. */}
      <main id="main" tabIndex={-1} className="utrecht-page-content koers-main">
        {/* Pages load as separate chunks (AppRoutes): the shell stays while one arrives. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
