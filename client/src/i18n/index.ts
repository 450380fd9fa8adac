import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import { readStoredLanguage, storeLanguage, type Language } from './language';

/**
 * Dutch, the source language, is bundled; English is its own chunk, loaded when someone picks it
 * (or picked it before), so Dutch visitors do not download it.
 */
const lazyEnglish: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (language !== 'en') return callback(null, {});
    import('./en.json').then(
      ({ default: en }) => {
        // Assigning makes the compiler hold en.json to the keys of nl.json.
        const english: typeof nl = en;
        callback(null, english);
      },
      (error: Error) => callback(error, null),
    );
  },
};

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

void i18n
  .use(lazyEnglish)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
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
