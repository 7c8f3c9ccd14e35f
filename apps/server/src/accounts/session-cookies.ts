import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, SESSION_COOKIE, csrfTokenFor } from '../auth/session-token';

/** Secure whenever the browser reached us over https (behind a proxy too: trustProxy is on). */
const base = (request: FastifyRequest) => ({
  path: '/',
  sameSite: 'lax' as const,
  secure: request.protocol === 'https',
});

/**
 * The session token in an HttpOnly cookie and its CSRF token in a readable one, both until the
 * session's expiry (as a Max-Age, so a browser's clock does not matter).
 */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  now: Date,
): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  void reply.setCookie(SESSION_COOKIE, token, { ...base(request), httpOnly: true, maxAge });
  void reply.setCookie(CSRF_COOKIE, csrfTokenFor(token), { ...base(request), maxAge });
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { ...base(request), httpOnly: true });
  void reply.clearCookie(CSRF_COOKIE, base(request));
}
