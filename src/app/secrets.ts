import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ValidationError } from './errors.ts';

/** A random secret for a session, invitation or API token: 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** High-entropy secrets are stored as SHA-256: fast to look up, useless to a thief. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 200;

export function checkPassword(field: string, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError([{ field, message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }]);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new ValidationError([{ field, message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }]);
  }
}

/** argon2id with the library's defaults (OWASP's recommended memory and time costs). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Checks a password against a stored hash. Without a hash (unknown user) it still spends the time
 * of a verification, so the answer's timing does not tell whether the email exists.
 */
export async function passwordMatches(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

const dummyHash = hash('no user has this password');
