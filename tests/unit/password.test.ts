import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/password';
import legacy from '../fixtures/argon2-legacy-hash.json';

describe('passwords', () => {
  it('verifies a hash made by the argon2 package Koers used before', async () => {
    expect(await verifyPassword(legacy.hash, legacy.password)).toBe(true);
    expect(await verifyPassword(legacy.hash, `${legacy.password}!`)).toBe(false);
  });

  it('hashes with argon2id at the old cost and verifies its own hashes', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
    expect(await verifyPassword(stored, 'correct horse')).toBe(true);
    expect(await verifyPassword(stored, 'wrong horse')).toBe(false);
  });

  it('refuses any password for an account without a hash', async () => {
    expect(await verifyPassword(null, 'koers-no-such-account')).toBe(false);
  });
});
