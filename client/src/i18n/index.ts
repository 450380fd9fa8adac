import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';
import { readStoredLanguage, storeLanguage, type Language } from './language';

/** Dutch is the source language; assigning here makes the compiler hold en.json to the same keys. */
const english: typeof nl = en;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

/** Keeps `<html lang>` and the stored preference in step with the active language. */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  storeLanguage(language as Language);
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: english } },
  lng: readStoredLanguage(),
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en'],
  // React escapes output already; escaping here would show entities such as &#39; to the user.
  interpolation: { escapeValue: false },
  returnNull: false,
  // The library's advertisement would land in the browser console and in every test's output.
  showSupportNotice: false,
});

export { i18n };
