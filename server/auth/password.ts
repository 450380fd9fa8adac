import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the parameters the `argon2` package used before (64 MiB, 3 passes, 4 lanes), so
 * new hashes cost what the stored ones do. @node-rs/argon2 ships prebuilt binaries per platform
 * and runs no install script; it reads the PHC strings the old library wrote.
 */
const OPTIONS = { memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;

/** Hashes a password with argon2id (OWASP-compliant parameters; argon2id is the default algorithm). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of a random string: verifying against it costs as much as a real check. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a password. With no hash (unknown account) it still spends the time of a real check, so
 * response times do not reveal which e-mail addresses have accounts.
 */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('koers-no-such-account');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
