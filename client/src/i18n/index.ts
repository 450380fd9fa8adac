import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import type nlPages from './nl.pages.json';
import { readStoredLanguage, storeLanguage, type Language } from './language';

/**
 * Every Dutch text: `nl.json` holds what the shell and the entry pages (/login, /standaarden)
 * show and is bundled; `nl.pages.json` holds the rest and loads with the first other page
 * (`PageTranslations`). Keys are the same as if it were one file.
 */
type Dutch = typeof nl & typeof nlPages;

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
        // Assigning makes the compiler hold en.json to the keys of the Dutch files.
        const english: Dutch = en;
        callback(null, english);
      },
      (error: Error) => callback(error, null),
    );
  },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Dutch };
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
    // A text missing from the bundled Dutch lives in nl.pages.json: fetch it, and re-render
    // (`added`) once it is there, rather than showing its key.
    saveMissing: true,
    missingKeyHandler: () => void loadPageTranslations(),
    react: { bindI18nStore: 'added' },
  });

let pageTranslations: Promise<void> | undefined;

/** Adds the Dutch texts that are not bundled with the shell (once; later calls share the load). */
export function loadPageTranslations(): Promise<void> {
  pageTranslations ??= import('./nl.pages.json').then(({ default: pages }) => {
    i18n.addResourceBundle('nl', 'translation', pages, true, false);
  });
  return pageTranslations;
}

export { i18n };
