import { createHmac } from 'node:crypto';

/** The header that carries the signature. */
export const SIGNATURE_HEADER = 'X-Koers-Signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the body,
 * so a receiver that refuses old timestamps cannot be fed a recorded delivery again.
 */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}
