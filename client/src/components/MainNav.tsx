import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useViewer } from '../features/auth/AuthContext';
import { sectionsFor } from '../features/admin/adminSections';

const items = [
  { to: '/standaarden', key: 'nav.standards' },
  { to: '/adoptie', key: 'nav.adoption' },
  { to: '/programmas', key: 'nav.programmes' },
  { to: '/roadmaps', key: 'nav.roadmaps' },
  { to: '/quick-wins', key: 'nav.quickWins' },
  { to: '/kennis', key: 'nav.knowledge' },
] as const;

/** The main sections; NavLink sets aria-current="page" on the section being shown. */
export function MainNav() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // Administration is listed only for the roles that may use a section of it.
  const shown =
    sectionsFor(viewer).length > 0 ? [...items, { to: '/beheer', key: 'nav.admin' } as const] : items;
  return (
    <nav className="utrecht-nav-bar koers-main-nav" aria-label={t('nav.label')}>
      <ul className="koers-main-nav__list">
        {shown.map((item) => (
          <li key={item.to} className="koers-main-nav__item">
            <NavLink to={item.to} className="utrecht-link koers-main-nav__link">
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
