import { AppError } from '@kairos/contracts';
import { findAccountSession, touchAccountSession, type Database } from '@kairos/db';
import type { FastifyRequest } from 'fastify';
import type { Authentication } from './authenticate';
import {
  CSRF_HEADER,
  SESSION_RENEW_EVERY_MS,
  csrfTokenFor,
  hashToken,
  isSameToken,
  isWellFormedToken,
  sessionExpiry,
} from './session-token';

/** Methods that change nothing, so need no CSRF token (RFC 9110 §9.2.1). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves a session cookie. A route that requires a caller gets a precise error (session ended,
 * CSRF token missing); a route that works anonymously (a public booking) just sees nobody, so a
 * stale cookie or a page that sends no CSRF token never breaks it.
 */
export async function authenticateSession(
  database: Database,
  request: FastifyRequest,
  token: string,
  now: Date,
): Promise<Authentication> {
  const isRequired = request.routeOptions.config.auth === 'required';
  const refuse = (code: 'UNAUTHORIZED' | 'FORBIDDEN', message: string): Authentication =>
    isRequired ? { error: new AppError(code, message) } : { anonymous: true };
  const found = isWellFormedToken(token)
    ? await findAccountSession(database.db, hashToken(token))
    : undefined;
  if (!found || found.session.expiresAt.getTime() <= now.getTime()) {
    return refuse('UNAUTHORIZED', 'Your session has ended: sign in again');
  }
  const csrfToken = csrfTokenFor(token);
  if (!SAFE_METHODS.has(request.method) && !isSameToken(request.headers[CSRF_HEADER], csrfToken)) {
    return refuse(
      'FORBIDDEN',
      'Writes with a session cookie need the X-CSRF-Token header (csrfToken of GET /v2/auth/session)',
    );
  }
  const { session, user } = found;
  let expiresAt = session.expiresAt;
  const isRenewed = now.getTime() - session.lastSeenAt.getTime() >= SESSION_RENEW_EVERY_MS;
  if (isRenewed) {
    expiresAt = sessionExpiry(session.createdAt, now);
    await touchAccountSession(database.db, session.id, now, expiresAt);
  }
  return {
    caller: {
      user,
      apiKeyId: null,
      isTestMode: false,
      session: { id: session.id, csrfToken, expiresAt, isRenewed },
    },
  };
}
