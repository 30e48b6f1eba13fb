import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id, the memory-hard KDF recommended by OWASP: 19 MiB, 2 passes, 1 lane. A hash takes
 * roughly 20–40 ms on one core here, slow enough against offline guessing, fast enough for login.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the user does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('no-such-user-placeholder-password');
  return dummyHash;
}
