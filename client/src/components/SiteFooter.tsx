import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The contentinfo landmark with a short statement of what Koers is. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer koers-footer">
      <div className="utrecht-page-footer__content koers-footer__content">
        <h2 className="utrecht-heading-2 koers-footer__title">{t('footer.label')}</h2>
        <p className="utrecht-paragraph">{t('footer.about')}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/openbaar">
            {t('footer.publicLink')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
