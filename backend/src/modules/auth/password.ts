import { Algorithm, hash, verify } from '@node-rs/argon2';
import { ErrorReason } from '@rafiq/shared';

/**
 * argon2id with OWASP's minimum recommended parameters (19 MiB memory, 2 iterations,
 * 1 degree of parallelism). Hashing runs on libuv's thread pool, off the event loop.
 */
export const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown account) it still verifies against a
 * dummy hash, so known and unknown accounts take the same time.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword('rafiq-dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

export const MIN_PASSWORD_LENGTH = 10;

export const MAX_PASSWORD_LENGTH = 1024;

/** A short list of the most used passwords (and Rafiq's own names): refused whatever their length. */
const COMMON = new Set([
  'password123',
  'password1234',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'azertyuiop',
  'motdepasse',
  'motdepasse1',
  'iloveyou123',
  'abcdefghij',
  '0123456789',
  '1111111111',
  'azerty1234',
  'qwerty1234',
  'rafiq12345',
  'rafiqrafiq',
  'marrakech123',
  'casablanca1',
  'maroc12345',
  'bismillah1',
  'password!',
  'changeme123',
  'welcome123',
  'admin12345',
]);

/** Why a new password is refused (OWASP ASVS 2.1: length 10–1024, not a common one, not the e-mail), or undefined. */
export function passwordProblem(password: string, email: string): ErrorReason | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return ErrorReason.TOO_SHORT;
  if (password.length > MAX_PASSWORD_LENGTH) return ErrorReason.TOO_LONG;
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0];
  if (COMMON.has(lower) || new Set(lower).size < 4 || (local.length >= 4 && lower.includes(local))) return ErrorReason.WEAK_PASSWORD;
  return undefined;
}
