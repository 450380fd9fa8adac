import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PROJECTION_DEBOUNCE_MS,
  PROJECTION_MAX_WAIT_MS,
  ProjectionScheduler,
} from '../../server/realtime/projection/scheduler';

/** A scheduler whose runs record the fake clock's time when they start. */
function recordingScheduler(): { scheduler: ProjectionScheduler; runs: number[] } {
  const runs: number[] = [];
  const started = Date.now();
  const scheduler = new ProjectionScheduler(
    () => {
      runs.push(Date.now() - started);
      return Promise.resolve();
    },
    (error) => {
      throw error;
    },
  );
  return { scheduler, runs };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ProjectionScheduler', () => {
  it('projects a burst of edits once, 300 ms after the last of them', async () => {
    expect(PROJECTION_DEBOUNCE_MS).toBe(300);
    const { scheduler, runs } = recordingScheduler();
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(200);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(299);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([500]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([500]);
  });

  it('projects at most 700 ms after a change while someone keeps typing, then 300 ms after they stop', async () => {
    expect(PROJECTION_MAX_WAIT_MS).toBe(700);
    const { scheduler, runs } = recordingScheduler();
    // An edit every 100 ms never leaves 300 ms of quiet: edits at 0, 100, … 1900 ms.
    for (let at = 0; at < 2000; at += 100) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(5000);
    // 700 ms after the first edit, again 700 ms after the first edit it missed, and so on.
    expect(runs).toEqual([700, 1400, 2100]);

    // Typing from 7000 to 7900 ms: 700 ms after its start, then 300 ms after its last edit.
    runs.length = 0;
    for (let at = 0; at < 1000; at += 100) {
      scheduler.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual([7000 + 700, 7000 + 900 + PROJECTION_DEBOUNCE_MS]);
  });

  it('runs one projection at a time and projects a change made during a run afterwards', async () => {
    let finishRun!: () => void;
    let runs = 0;
    const scheduler = new ProjectionScheduler(
      () => {
        runs++;
        return new Promise<void>((resolve) => (finishRun = resolve));
      },
      (error) => {
        throw error;
      },
    );
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(PROJECTION_DEBOUNCE_MS);
    expect(runs).toBe(1);
    scheduler.schedule();
    await vi.advanceTimersByTimeAsync(PROJECTION_MAX_WAIT_MS);
    expect(runs).toBe(1);
    finishRun();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(2);
    finishRun();
    await scheduler.flush();
    expect(runs).toBe(2);
  });
});
