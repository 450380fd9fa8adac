import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page';

/** Any URL that is not a route. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p className="utrecht-paragraph">{t('notFound.body')}</p>
      <p className="utrecht-paragraph">
        <Link to="/" className="utrecht-link">
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
