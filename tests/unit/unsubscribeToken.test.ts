import { describe, expect, it } from 'vitest';
import { readUnsubscribeToken, unsubscribeToken } from '../../server/domain/mail/unsubscribe';

const secret = 'a secret of the test';
const claim = { userId: '64b7f0c2a1b2c3d4e5f60718', kinds: ['NEW_VERSION' as const] };
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('the one-click unsubscribe token', () => {
  it('reads back the claim it was made with', () => {
    expect(readUnsubscribeToken(secret, unsubscribeToken(secret, claim))).toEqual(claim);
  });

  it('refuses every change of the signature’s last character, spare bits included', () => {
    const token = unsubscribeToken(secret, claim);
    const last = token.at(-1);
    const changed = [...alphabet].filter((c) => c !== last).map((c) => token.slice(0, -1) + c);
    expect(changed).toHaveLength(63);
    expect(changed.map((t) => readUnsubscribeToken(secret, t)).filter(Boolean)).toEqual([]);
  });

  it('refuses a token made with another secret or naming another person', () => {
    expect(readUnsubscribeToken('another secret', unsubscribeToken(secret, claim))).toBeNull();
    const [, mac] = unsubscribeToken(secret, claim).split('.');
    const other = Buffer.from('64b7f0c2a1b2c3d4e5f60719.NEW_VERSION').toString('base64url');
    expect(readUnsubscribeToken(secret, `${other}.${mac}`)).toBeNull();
  });
});
