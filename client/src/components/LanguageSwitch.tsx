import { useTranslation } from 'react-i18next';
import { languages, toLanguage } from '../i18n/language';

/**
 * Two toggle buttons (NL/EN). Each carries its own `lang` so a screen reader pronounces the
 * language name correctly, and `aria-pressed` says which one is active.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.language);
  return (
    <div className="koers-language-switch" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="koers-language-switch__button"
          aria-pressed={language === current}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
          <span className="koers-visually-hidden"> {t(`language.${language}`)}</span>
        </button>
      ))}
    </div>
  );
}
