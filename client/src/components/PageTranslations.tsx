import { use } from 'react';
import { Outlet } from 'react-router';
import { loadPageTranslations } from '../i18n';

/**
 * A layout route for every page but the entry pages: it suspends (the shell shows its loading
 * state) until the Dutch texts that are not bundled with the shell have arrived.
 */
export function PageTranslations() {
  use(loadPageTranslations());
  return <Outlet />;
}
