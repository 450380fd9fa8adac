/** The languages the interface speaks; Dutch first. */
export const languages = ['nl', 'en'] as const;

/** One of the interface languages. */
export type Language = (typeof languages)[number];

const storageKey = 'koers.language';

/** Narrows any string (a stored value, i18next's current language) to a supported language. */
export function toLanguage(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'nl';
}

/** The language the user chose earlier, or Dutch; storage may be unavailable (private mode). */
export function readStoredLanguage(): Language {
  try {
    return toLanguage(window.localStorage.getItem(storageKey));
  } catch {
    return 'nl';
  }
}

/** Remembers the user's choice for the next visit. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, toLanguage(language));
  } catch {
    // Without storage the choice lasts for this visit only, which is acceptable.
  }
}
