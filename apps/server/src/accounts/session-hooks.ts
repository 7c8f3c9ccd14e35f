import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-token';
import type { HandlerContext } from '../http/context';
import { setSessionCookies } from './session-cookies';

/**
 * Session cookies for the dashboard. Installed before authentication, which reads the parsed
 * cookie; when a request moved its session's expiry forward, the cookies go out again with it.
 */
export function installSessions(app: FastifyInstance, deps: HandlerContext['deps']): void {
  void app.register(cookie);
  app.addHook('onSend', async (request, reply, payload) => {
    const auth = request.authentication as typeof request.authentication | null;
    const session = auth && 'caller' in auth ? auth.caller.session : undefined;
    // Hooks that answer early (CORS preflights) skip the cookie parser: cookies may be null.
    const token = session?.isRenewed ? request.cookies?.[SESSION_COOKIE] : undefined;
    if (session && token) {
      setSessionCookies(request, reply, token, session.expiresAt, deps.now());
    }
    return payload;
  });
}
