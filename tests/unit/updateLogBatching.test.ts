import { describe, expect, it } from 'vitest';
import { batchDelayMs, STORE_WITHIN_MS } from '../../server/realtime/updateLog';

describe('update log batch delay', () => {
  it('gathers for 50 ms while the database answers quickly', () => {
    expect(batchDelayMs(0)).toBe(50);
    expect(batchDelayMs(3)).toBe(50);
  });

  it('shortens batches as writes slow down, keeping delay plus two writes inside the store bound', () => {
    for (const slowWrite of [20, 30, 35]) {
      const delay = batchDelayMs(slowWrite);
      expect(delay).toBeLessThan(50);
      expect(delay + 2 * slowWrite).toBeLessThan(STORE_WITHIN_MS);
    }
    expect(batchDelayMs(20)).toBeGreaterThan(batchDelayMs(30));
  });

  it('writes at once when the database is too slow for any gathering', () => {
    expect(batchDelayMs(40)).toBe(0);
    expect(batchDelayMs(500)).toBe(0);
  });
});
