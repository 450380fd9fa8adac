import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { useViewer } from '../../features/auth/AuthContext';
import { sectionsFor } from '../../features/admin/adminSections';

/** `/beheer`: the administration sections the viewer may use. */
export function AdminHomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Page title={t('admin.title')}>
      <p className="utrecht-paragraph">{t('admin.intro')}</p>
      <ul className="utrecht-unordered-list">
        {sectionsFor(viewer).map((section) => (
          <li key={section.path} className="utrecht-unordered-list__item">
            <Link className="utrecht-link" to={`/beheer/${section.path}`}>
              {t(section.key)}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
