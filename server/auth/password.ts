import argon2 from 'argon2';

/** Hashes a password with argon2id (the library's default parameters, OWASP-compliant). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** A hash of a random string: verifying against it costs as much as a real check. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password. With no hash (unknown account) it still spends the time of a real check, so
 * response times do not reveal which e-mail addresses have accounts.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('koers-no-such-account');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}
