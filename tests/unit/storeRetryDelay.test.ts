import { describe, expect, it } from 'vitest';
import { MAX_STORE_RETRY_MS, storeRetryDelayMs } from '../../server/realtime/limits';

describe('storeRetryDelayMs', () => {
  it('doubles the pause after each consecutive failed store, from 0.1 s up to a 5 s cap', () => {
    const delays = Array.from({ length: 9 }, (_, i) => storeRetryDelayMs(i + 1));
    expect(delays).toEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
    expect(storeRetryDelayMs(1000)).toBe(MAX_STORE_RETRY_MS);
  });
});
