import type { MailRecord } from '../../db/models/Mail';
import type { Runtime } from '../../runtime';
import { describeError, isTemporary, type MailTransport } from './transport';

/** Tries before a message that keeps failing temporarily is given up (about 8.5 hours in all). */
export const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60 * 1000;

/** Wait before the next try after `attempts` tries: 1, 2, 4, 8 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

async function deliver(runtime: Runtime, transport: MailTransport, owner: string, mail: MailRecord) {
  const { store } = runtime.mail;
  const log = runtime.logger.child({
    mailId: String(mail._id),
    messageId: mail.messageId,
    attempt: mail.attempts,
  });
  try {
    await transport.send(mail);
  } catch (error) {
    const reason = describeError(error);
    const now = runtime.now();
    if (!isTemporary(error) || mail.attempts >= MAX_ATTEMPTS) {
      await store.settle(mail, owner, { status: 'FAILED', lastError: reason });
      log.error({ reason, permanent: !isTemporary(error) }, 'e-mail failed; not retrying');
      return;
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(mail.attempts));
    await store.settle(mail, owner, { status: 'QUEUED', lastError: reason, nextAttemptAt });
    log.warn({ reason, nextAttemptAt }, 'e-mail refused for now; retrying later');
    return;
  }
  const status = transport.kind === 'smtp' ? 'SENT' : 'KEPT';
  const settled = await store.settle(mail, owner, { status, sentAt: runtime.now(), lastError: null });
  if (!settled) log.warn('e-mail sent after its lease ran out; another process may send it again');
  else log.info({ status }, transport.kind === 'smtp' ? 'e-mail sent' : 'e-mail kept in the outbox');
}

/**
 * Sends due messages one at a time until none is due (or `limit` went out). Each is claimed first
 * (status SENDING with a lease, atomically), then settled SENT, QUEUED for a retry, or FAILED.
 *
 * At least once, never silently lost: a process that dies after the SMTP server accepted a message
 * but before settling it leaves it SENDING; when the lease runs out another process sends it again.
 * That window is the length of one SMTP reply plus one database write, and the copy carries the same
 * Message-ID, so the receiving side can drop it.
 */
export async function sendDue(runtime: Runtime, transport: MailTransport, owner: string, limit = 100) {
  let sent = 0;
  for (; sent < limit; sent += 1) {
    const now = runtime.now();
    const leaseUntil = new Date(now.getTime() + runtime.config.mailLeaseSeconds * 1000);
    const mail = await runtime.mail.store.claimDue(now, owner, leaseUntil);
    if (!mail) break;
    await deliver(runtime, transport, owner, mail);
  }
  return sent;
}
