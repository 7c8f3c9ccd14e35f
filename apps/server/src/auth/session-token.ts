import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** HttpOnly cookie holding the session token. */
export const SESSION_COOKIE = 'kairos_session';
/** Readable cookie holding the CSRF token, for pages that prefer it to the session response. */
export const CSRF_COOKIE = 'kairos_csrf';
/** The header a cookie-authenticated write must carry the CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session ends after this long unused... */
export const SESSION_IDLE_MS = 30 * DAY_MS;
/** ...and this long after sign-in in any case. */
export const SESSION_MAX_MS = 90 * DAY_MS;
/** Expiry moves forward at most this often, so a busy dashboard does not write on every call. */
export const SESSION_RENEW_EVERY_MS = 60 * 60 * 1000;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url (43 characters): session and password reset tokens alike. */
export const generateToken = (): string => randomBytes(32).toString('base64url');

export const isWellFormedToken = (token: string): boolean => TOKEN_PATTERN.test(token);

/** What the database stores of a token: SHA-256 hex, nothing else. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/**
 * The CSRF token of a session, derived from its secret so it needs no storage and cannot be
 * used with another session; knowing it reveals nothing of the session token.
 */
export const csrfTokenFor = (sessionToken: string): string =>
  createHash('sha256').update(`kairos-csrf\0${sessionToken}`).digest('base64url');

/** Constant-time comparison of a header value with the expected token. */
export function isSameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The expiry after a use at `now`: idle limit, capped by the absolute one. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(createdAt.getTime() + SESSION_MAX_MS, now.getTime() + SESSION_IDLE_MS));
}
