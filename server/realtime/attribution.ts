import { recordAudit } from '../domain/audit/record';
import type { Models } from '../db/models';
import type { Logger } from '../logger';

/** Why 10 s: an audit line per user per document per burst of editing, never per keystroke. */
const WINDOW_MS = 10_000;

/**
 * Attributes edits of one document to users in the audit log (`roadmap:edit` and friends): counts
 * each user's updates and writes one audit event per user per window.
 */
export class EditAttribution {
  private counts = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly models: Models,
    private readonly subject: { type: string; id: string; action: string },
    private readonly logger: Logger,
  ) {}

  /** Counts one update by `userId`. */
  note(userId: string): void {
    this.counts.set(userId, (this.counts.get(userId) ?? 0) + 1);
    this.timer ??= setTimeout(() => void this.flush(), WINDOW_MS);
  }

  /**
   * Writes the pending audit events; resolves once they and every earlier flush's are written, so a
   * flush at shutdown cannot return while another is still writing.
   */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const counts = this.counts;
    this.counts = new Map();
    this.writing = this.writing.then(() => this.write(counts));
    await this.writing;
  }

  private async write(counts: Map<string, number>): Promise<void> {
    for (const [actorId, updates] of counts) {
      await recordAudit(this.models, {
        actorId,
        action: this.subject.action,
        subjectType: this.subject.type,
        subjectId: this.subject.id,
        before: null,
        after: { updates },
        at: new Date(),
      }).catch((error: Error) => this.logger.error({ err: error.message }, 'edit attribution not recorded'));
    }
  }
}
