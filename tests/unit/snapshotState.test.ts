import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { snapshotState } from '../../server/db/collabStore';

describe('snapshotState', () => {
  it('inflates small snapshots inline and large ones on the pool, to the same bytes as stored', async () => {
    const small = new Uint8Array(randomBytes(4 * 1024));
    // Random bytes do not deflate: this one stays over the inline limit once deflated.
    const large = new Uint8Array(randomBytes(256 * 1024));
    for (const state of [small, large]) {
      const stored = { state: deflateRawSync(state), encoding: 'deflate-raw' as const };
      expect(Buffer.compare(Buffer.from(await snapshotState(stored)), Buffer.from(state))).toBe(0);
    }
    const plain = new Uint8Array([1, 2, 3]);
    expect(await snapshotState({ state: Buffer.from(plain) })).toEqual(Buffer.from(plain));
  });
});
