import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** Webhook secrets carry a prefix, so a leaked one is recognisable in logs and scanners. */
export const WEBHOOK_SECRET_PREFIX = 'koers_whsec_';

/** A new signing secret, shown to its creator once. */
export function generateWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The key that seals secrets at rest, derived from SESSION_SECRET with HKDF (its own `info`, so it
 * is no other key Koers uses). A database copy alone does not reveal a secret; changing
 * SESSION_SECRET makes existing webhooks unable to sign (they must be registered again).
 */
function sealingKey(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'koers', 'webhook-secret-v1', 32));
}

/** `iv.tag.ciphertext`, each base64url: AES-256-GCM, so a changed record fails to open. */
export function sealSecret(secret: string, sessionSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(sessionSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/** The secret sealed by {@link sealSecret}; throws when the record or SESSION_SECRET changed. */
export function openSecret(sealed: string, sessionSecret: string): string {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !data) throw new Error('malformed sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(sessionSecret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
