import type { AccountLinkPurpose } from '../../db/models/AccountToken';

/** A single-use account link to deliver to its person. */
export interface AccountLinkMessage {
  to: string;
  name: string;
  purpose: AccountLinkPurpose;
  /** The link's path on this site, with the token after `#`; the mailer prefixes its public URL. */
  path: string;
  expiresAt: Date;
}

/**
 * Delivers account links by e-mail. Koers runs without one until e-mail is configured: then the
 * admin who made a link sees it once and passes it on. An SMTP implementation plugs in here
 * (`Runtime.mailer`) without the commands changing.
 */
export interface AccountMailer {
  send(message: AccountLinkMessage): Promise<void>;
}
