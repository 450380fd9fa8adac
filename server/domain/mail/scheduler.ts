import { randomUUID } from 'node:crypto';
import { MailStore } from '../../db/stores/mailStore';
import type { Models } from '../../db/models';
import type { Runtime } from '../../runtime';
import { buildDigests, queueImmediate } from './digests';
import { scanDeadlines } from './deadlines';
import { sendDue } from './sender';
import { outboxTransport, smtpTransport, type MailTransport } from './transport';

/** What one run did. */
export interface MailRun {
  reminders: number;
  immediate: number;
  digests: number;
  sent: number;
}

/**
 * The mail side of a process: the queue's store, one interval that runs {@link MailService.runOnce},
 * and `wake()` for a run right after something immediate was queued. Every step of a run is safe
 * with several processes running it at once (unique keys and leases in the database), so each
 * process simply runs its own interval; none needs to be elected.
 */
export class MailService {
  readonly store: MailStore;
  /** Names this process's leases in the database (and the logs). */
  readonly owner = `${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<MailRun> | undefined;
  private again = false;
  private closed = false;
  /** The day this process last scanned deadlines: reminders are per day, so once a day will do. */
  private scannedDay: string | undefined;

  constructor(
    private readonly runtime: Runtime,
    models: Models,
    readonly transport: MailTransport = runtime.config.smtpUrl
      ? smtpTransport(runtime.config.smtpUrl, runtime.config.mailFrom)
      : outboxTransport,
  ) {
    this.store = new MailStore(models);
  }

  /** Starts the interval (unless MAIL_TICK_SECONDS is 0) and a first run. */
  start(): void {
    const seconds = this.runtime.config.mailTickSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => this.wake(), seconds * 1000);
    this.timer.unref();
    this.wake();
  }

  /**
   * One pass: deadline reminders (on the first pass of a day), immediate messages, digests of the last day and week, then
   * sending what is due. A run that is asked for while one runs follows it, once.
   */
  runOnce(): Promise<MailRun> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again && !this.closed) {
        this.again = false;
        this.wake();
      }
    });
    return this.running;
  }

  /** Runs soon without waiting; failures are logged (the next interval tries again). */
  wake(): void {
    if (this.closed) return;
    this.runOnce().catch((error: unknown) => this.runtime.logger.error({ err: error }, 'mail run failed'));
  }

  private async pass(): Promise<MailRun> {
    const runtime = this.runtime;
    const today = runtime.now().toISOString().slice(0, 10);
    let reminders = 0;
    if (this.scannedDay !== today) {
      reminders = await scanDeadlines(runtime);
      this.scannedDay = today;
    }
    const immediate = await queueImmediate(runtime);
    const digests = (await buildDigests(runtime, false)) + (await buildDigests(runtime, true));
    const sent = await sendDue(runtime, this.transport, this.owner);
    return { reminders, immediate, digests, sent };
  }

  /** Stops the interval and waits for a running pass (its leases end with it). */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.transport.close();
  }
}
