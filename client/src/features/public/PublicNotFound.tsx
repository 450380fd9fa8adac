import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';

/** What a public URL shows once nothing is published under it (the server answers 404 as well). */
export function PublicNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('public.notFoundTitle')}>
      <p className="utrecht-paragraph">{t('public.notFound')}</p>
      <p className="utrecht-paragraph">
        <Link to="/openbaar" className="utrecht-link">
          {t('public.toIndex')}
        </Link>
      </p>
    </Page>
  );
}
