import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'ty_';
/** 32 random bytes, base64url: 43 characters after the prefix. */
const SECRET_PATTERN = /^ty_[A-Za-z0-9_-]{43}$/;
const DISPLAY_PREFIX_LENGTH = SECRET_PREFIX.length + 8;

export interface IssuedSecret {
  secret: string;
  hash: string;
  prefix: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function isWellFormedSecret(secret: string): boolean {
  return SECRET_PATTERN.test(secret);
}

function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

/** A fresh API key secret; only its hash and display prefix are ever stored. */
export function issueSecret(): IssuedSecret {
  const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret), prefix: displayPrefix(secret) };
}

/** Secret supplied by the operator (TRAINYARD_ADMIN_KEY), held to the same format. */
export function adoptSecret(secret: string): IssuedSecret {
  if (!isWellFormedSecret(secret)) {
    throw new Error('TRAINYARD_ADMIN_KEY must look like ty_ followed by 43 base64url characters (32 bytes)');
  }
  return { secret, hash: hashSecret(secret), prefix: displayPrefix(secret) };
}

/** Constant-time comparison of a presented secret against a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
