import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Calls `start(n, dueAt)` `count` times, `rate` times a second, evenly spaced from now, without
 * waiting for what a call starts: the load keeps its pace whether or not the server keeps up.
 * `dueAt` is when call `n` was due (`performance.now()` time); a call the loop reaches late is made
 * at once.
 */
export async function atRate(
  rate: number,
  count: number,
  start: (n: number, dueAt: number) => void,
): Promise<void> {
  const started = performance.now();
  for (let n = 0; n < count; n++) {
    const dueAt = started + (n * 1000) / rate;
    const wait = dueAt - performance.now();
    if (wait > 0) await delay(wait);
    start(n, dueAt);
  }
}
