import { createHmac, timingSafeEqual } from 'node:crypto';
import { Types } from 'mongoose';
import { MAIL_KINDS, UNSUBSCRIBE_PATH, type MailKind } from '../../../common/mail';
import type { UserRecord } from '../../db/models/User';
import type { Runtime } from '../../runtime';
import { languageOf } from './preferences';

/** What an unsubscribe link may do: turn these kinds off for this person, nothing else. */
export interface UnsubscribeClaim {
  userId: string;
  kinds: MailKind[];
}

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`mail-unsubscribe:${payload}`).digest();

/**
 * A token naming the person and the kinds, signed with the session secret (HMAC-SHA256): it cannot
 * be guessed or changed to reach another person or another preference, and needs no database row.
 */
export function unsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(`${claim.userId}.${claim.kinds.join(',')}`).toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

/** The claim of a token, or null when it was not made with `secret` or is malformed. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined || token.length > 500) return null;
  // Compared as text: base64url decoding ignores the spare bits of the last character, so a
  // decoded comparison would accept a link with that character changed.
  const expected = Buffer.from(sign(secret, payload).toString('base64url'));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, kindList] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
  const kinds = (kindList ?? '').split(',').filter((k): k is MailKind => MAIL_KINDS.includes(k as MailKind));
  if (!userId || !Types.ObjectId.isValid(userId) || kinds.length === 0) return null;
  return { userId, kinds };
}

/** The absolute unsubscribe URL for a claim. */
export function unsubscribeUrl(runtime: Pick<Runtime, 'config'>, claim: UnsubscribeClaim): string {
  const token = unsubscribeToken(runtime.config.sessionSecret, claim);
  return `${runtime.config.publicUrl}${UNSUBSCRIBE_PATH}?t=${token}`;
}

/** What a valid token's confirmation page says, in its person's language; null for a bad token. */
export async function unsubscribePreview(runtime: Runtime, token: string) {
  const claim = readUnsubscribeToken(runtime.config.sessionSecret, token);
  if (!claim) return null;
  const user = await runtime.models.User.findById(claim.userId, { language: 1 }).lean<UserRecord>().exec();
  if (!user) return null;
  return { kinds: claim.kinds, language: languageOf(user) };
}

/**
 * One-click unsubscribe (RFC 8058): the token is the authority, no session needed. Sets only the
 * token's kinds to OFF; returns the claim, or null for a bad token or an unknown person.
 */
export async function unsubscribe(runtime: Runtime, token: string): Promise<UnsubscribeClaim | null> {
  const claim = readUnsubscribeToken(runtime.config.sessionSecret, token);
  if (!claim) return null;
  const set = Object.fromEntries(claim.kinds.map((kind) => [`mailPreferences.${kind}`, 'OFF']));
  const result = await runtime.models.User.updateOne({ _id: claim.userId }, { $set: set }).exec();
  if (result.matchedCount === 0) return null;
  runtime.logger.info({ userId: claim.userId, kinds: claim.kinds }, 'unsubscribed by one-click link');
  return claim;
}
