import { AppError } from '@kairos/contracts';
import type { FastifyInstance } from 'fastify';
import { authenticateRequest } from '../auth/authenticate';
import type { RateLimitSettings } from '../config';
import type { HandlerContext } from './context';
import type { RateLimitStore } from '../rate-limit/store';

/** Every response names its request, so a client's report can be found in the logs. */
export function installRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
}

/** Resolves the caller once per request; routes decide whether they need one. */
export function installAuthentication(app: FastifyInstance, deps: HandlerContext['deps']): void {
  app.decorateRequest('authentication', null as never);
  app.addHook('onRequest', async (request) => {
    request.authentication =
      request.routeOptions.config.auth === 'none'
        ? { anonymous: true }
        : await authenticateRequest(deps, request, deps.now());
  });
}

/** Per API key (or per IP when anonymous), per route group; headers on every response. */
export function installRateLimit(
  app: FastifyInstance,
  store: RateLimitStore,
  settings: RateLimitSettings,
  now: () => Date,
): void {
  app.addHook('onRequest', async (request, reply) => {
    const group = request.routeOptions.config.rateLimit ?? 'default';
    if (group === false) return;
    const setting = settings[group];
    const auth = request.authentication;
    const who =
      'caller' in auth
        ? auth.caller.apiKeyId === null
          ? `user:${auth.caller.user.id}`
          : `key:${auth.caller.apiKeyId}`
        : `ip:${request.ip}`;
    let outcome;
    try {
      outcome = await store.take(`${group}:${who}`, setting, now().getTime());
    } catch (error) {
      // A rate limiter that is down must not take the API down with it.
      request.log.warn({ err: error }, 'rate limiter unavailable; request allowed');
      return;
    }
    void reply.headers({
      'x-ratelimit-limit': setting.limit,
      'x-ratelimit-remaining': outcome.remaining,
      'x-ratelimit-reset': Math.ceil(outcome.resetAtMs / 1000),
    });
    if (!outcome.allowed) {
      const retryAfterSeconds = Math.max(1, Math.ceil(outcome.retryAfterMs / 1000));
      throw new AppError(
        'RATE_LIMIT_EXCEEDED',
        `Too many requests: retry in ${retryAfterSeconds} s`,
        {
          retryAfterSeconds,
        },
      );
    }
  });
}
