import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const recipientOf = (mail: ParsedMail) =>
  (mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined) ?? '';

/** What the test SMTP server answers to the next message: accept, refuse with a code, or never answer. */
export type SmtpReply = 'accept' | 451 | 550 | 'hold';

/**
 * A real SMTP server on a free port (smtp-server) that parses every message it accepts with
 * mailparser. Replies are scripted per recipient, in order (`replyTo`); once a script is used up
 * the server accepts. `held` fires when a message is held (the server never answers it).
 */
export class TestMailbox extends EventEmitter {
  readonly accepted: ParsedMail[] = [];
  /** Every DATA the server got, accepted or not, in order. */
  readonly attempts: ParsedMail[] = [];
  private readonly scripts = new Map<string, SmtpReply[]>();
  private server: SMTPServer | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        void simpleParser(stream).then((parsed) => {
          this.attempts.push(parsed);
          const reply = this.scripts.get(recipientOf(parsed))?.shift() ?? 'accept';
          if (reply === 'hold') {
            this.emit('held', parsed);
            return;
          }
          if (reply === 'accept') {
            this.accepted.push(parsed);
            this.emit('accepted', parsed);
            callback();
            return;
          }
          const error = Object.assign(new Error(reply === 451 ? 'Try again later' : 'Mailbox unavailable'), {
            responseCode: reply,
          });
          callback(error);
        });
      },
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Scripts the replies to the next messages to `address`. */
  replyTo(address: string, ...replies: SmtpReply[]): void {
    this.scripts.set(address, [...(this.scripts.get(address) ?? []), ...replies]);
  }

  /** Accepted messages to `address`. */
  to(address: string): ParsedMail[] {
    return this.accepted.filter((m) => recipientOf(m) === address);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
