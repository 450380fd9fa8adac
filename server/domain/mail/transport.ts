import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { MailRecord } from '../../db/models/Mail';

/** How a message leaves Koers; `kept` when it stays in the outbox instead. */
export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  send(mail: MailRecord): Promise<void>;
  close(): void;
}

/** Whether a failed send may succeed later: SMTP 4xx and network trouble yes, 5xx no. */
export function isTemporary(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  if (typeof code === 'number') return code < 500;
  return true;
}

/** A short, log-safe description of a send error (the SMTP reply, or the error's message). */
export function describeError(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; message?: string } | null;
  return (e?.response ?? e?.message ?? String(error)).slice(0, 500);
}

/**
 * SMTP through nodemailer. Each message carries its fixed Message-ID and the one-click unsubscribe
 * headers of RFC 8058 (an https URL in production, which config enforces through PUBLIC_URL).
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const options: SMTPPool.Options & { url: string } = {
    url,
    // One connection reused for a run's messages instead of a handshake per message.
    pool: true,
    maxConnections: 1,
    // Shorter than the sender's lease, so a send that hangs gives up before another process may retry.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  };
  const transporter = nodemailer.createTransport(options);
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        date: mail.createdAt,
        headers: {
          'Content-Language': mail.language,
          'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Auto-Submitted': 'auto-generated',
        },
      });
    },
    close: () => transporter.close(),
  };
}

/** Without SMTP_URL: nothing leaves; the message stays readable at /beheer/outbox. */
export const outboxTransport: MailTransport = {
  kind: 'outbox',
  send: () => Promise.resolve(),
  close: () => undefined,
};
