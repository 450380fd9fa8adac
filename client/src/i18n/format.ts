import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from './language';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 locale used for dates and numbers in a language (Dutch: nl-NL). */
export function localeFor(language: Language): string {
  return locales[language];
}

/** A calendar date such as "3 maart 2026"; accepts the ISO strings the API sends. */
export function formatDate(value: Date | string, locale = 'nl-NL'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(value),
  );
}

/** A date with time such as "3 maart 2026 om 14:05". */
export function formatDateTime(value: Date | string, locale = 'nl-NL'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
}

/** A number with Dutch grouping, such as "1.234.567" or "12,5". */
export function formatNumber(value: number, locale = 'nl-NL'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A share between 0 and 1 as a whole percentage, such as "42%". */
export function formatPercent(share: number, locale = 'nl-NL'): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The formatters bound to the active interface language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = localeFor(toLanguage(i18n.language));
  return {
    date: (value: Date | string) => formatDate(value, locale),
    dateTime: (value: Date | string) => formatDateTime(value, locale),
    number: (value: number) => formatNumber(value, locale),
    percent: (share: number) => formatPercent(share, locale),
  };
}
