/**
 * What Koers may e-mail about, each a preference per person at /account. Shared with the web app,
 * which shows one choice per kind.
 */
export const MAIL_KINDS = ['NEW_VERSION', 'LIFECYCLE', 'DEADLINE', 'QUICK_WIN', 'COMMENT'] as const;

/** One of {@link MAIL_KINDS}. */
export type MailKind = (typeof MAIL_KINDS)[number];

/** How often a kind reaches the mailbox. */
export const MAIL_FREQUENCIES = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'] as const;

/** One of {@link MAIL_FREQUENCIES}. */
export type MailFrequency = (typeof MAIL_FREQUENCIES)[number];

/** Immediately for new versions (with their review tasks), a daily digest for the rest. */
export const DEFAULT_MAIL_FREQUENCY: Readonly<Record<MailKind, MailFrequency>> = {
  NEW_VERSION: 'IMMEDIATELY',
  LIFECYCLE: 'DAILY',
  DEADLINE: 'DAILY',
  QUICK_WIN: 'DAILY',
  COMMENT: 'DAILY',
};

/** The languages a person can receive e-mail in; Dutch first. */
export const MAIL_LANGUAGES = ['nl', 'en'] as const;

/** One of {@link MAIL_LANGUAGES}. */
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** The path of the one-click unsubscribe endpoint (RFC 8058); the signed token follows as `?t=`. */
export const UNSUBSCRIBE_PATH = '/mail/afmelden';
