/** Why 300 ms: a typing burst becomes one projection, and GraphQL still sees it within a second. */
export const PROJECTION_DEBOUNCE_MS = 300;

/**
 * Someone who keeps typing never leaves 300 ms of quiet: a change waits at most this long, so
 * GraphQL readers still see it within about a second.
 */
export const PROJECTION_MAX_WAIT_MS = 700;

/**
 * Runs a projection after edits: after {@link PROJECTION_DEBOUNCE_MS} of quiet, or
 * {@link PROJECTION_MAX_WAIT_MS} after the oldest pending change, whichever comes first. One run at
 * a time; a change during a run is projected by the next one. A failed run is handed to `onError`
 * and retried on the next change.
 */
export class ProjectionScheduler {
  private timer: NodeJS.Timeout | undefined;
  /** When the oldest change not yet projected was scheduled, and the latest. */
  private pendingSince = 0;
  private lastChange = 0;
  private running: Promise<void> | undefined;
  private dirty = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly onError: (error: Error) => void,
  ) {}

  /** Marks the document changed. */
  schedule(): void {
    this.dirty = true;
    this.lastChange = Date.now();
    if (this.timer !== undefined) return;
    // One timer per burst, not one per update: this runs on every edit.
    this.pendingSince = this.lastChange;
    this.timer = setTimeout(this.onTimer, PROJECTION_DEBOUNCE_MS);
  }

  private readonly onTimer = (): void => {
    const now = Date.now();
    const quietFor = now - this.lastChange;
    const waited = now - this.pendingSince;
    if (quietFor >= PROJECTION_DEBOUNCE_MS || waited >= PROJECTION_MAX_WAIT_MS) {
      void this.flush();
      return;
    }
    this.timer = setTimeout(
      this.onTimer,
      Math.min(PROJECTION_DEBOUNCE_MS - quietFor, PROJECTION_MAX_WAIT_MS - waited),
    );
  };

  /** Projects now if anything changed; resolves when the run is done. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.dirty = false;
    this.running = this.run().catch(this.onError);
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }
}
