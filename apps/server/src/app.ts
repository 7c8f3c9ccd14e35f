import cors from '@fastify/cors';
import { buildOpenApiDocument, type RouteContract } from '@kairos/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { apiKeyRoutes } from './api-keys/api-keys.routes';
import { bookingRoutes } from './bookings/bookings.routes';
import { createReadCache } from './cache/read-cache';
import {
  answerFrameworkError,
  installErrorHandling,
  installJsonParser,
  refuseNulInUrls,
} from './http/errors';
import { installIdempotency } from './http/idempotency';
import type { AppDeps, HandlerContext } from './http/context';
import { installAuthentication, installRateLimit, installRequestId } from './http/request-hooks';
import { eventTypeRoutes } from './event-types/event-types.routes';
import { meRoutes } from './me/me.routes';
import { outOfOfficeRoutes } from './out-of-office/out-of-office.routes';
import { createMemoryStore } from './rate-limit/memory-store';
import { allRouteContracts } from './routes';
import { scheduleRoutes } from './schedules/schedules.routes';
import { slotRoutes } from './slots/slots.routes';
import { systemRoutes } from './system/system.routes';
import { webhookRoutes } from './webhooks/webhooks.routes';
import { teamRoutes } from './teams/teams.routes';
import { accountRoutes } from './accounts/accounts.routes';
import { createMailLater } from './mail/mail-later';
import { installSessions } from './accounts/session-hooks';
import { webRoutes } from './web/web.routes';
import { embedRoutes } from './embed/embed.routes';
import { installFraming } from './embed/framing';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Compatibility reference §1.1: any origin, Cal.com's headers allowed. */
const corsOptions = {
  origin: '*',
  methods: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'],
  allowedHeaders: [
    'Authorization',
    'Content-Type',
    'cal-api-version',
    'x-cal-client-id',
    'x-cal-secret-key',
    'x-cal-platform-embed',
    'Idempotency-Key',
    'X-Request-Id',
  ],
  exposedHeaders: [
    'X-Request-Id',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
    'Retry-After',
  ],
};

/** Builds the HTTP app from its dependencies; `server.ts` only listens. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    trustProxy: true,
    frameworkErrors: answerFrameworkError,
  });
  const context: HandlerContext['deps'] = {
    database: deps.database,
    config: deps.config,
    now: deps.now ?? (() => new Date()),
    cache: createReadCache(deps.database),
    jobs: deps.jobs,
    mail: createMailLater(app, deps.config),
  };
  const servedRoutes = collectServedRoutes(app);
  installErrorHandling(app);
  installJsonParser(app);
  refuseNulInUrls(app);
  await app.register(cors, corsOptions);
  installRequestId(app);
  installFraming(app, deps.config.embedOrigins);
  installSessions(app, context);
  installAuthentication(app, context);
  if (deps.config.rateLimits) {
    const store = deps.rateLimitStore ?? createMemoryStore();
    installRateLimit(app, store, deps.config.rateLimits, context.now);
    app.addHook('onClose', () => store.close());
  }
  installIdempotency(app, context);
  const openApiDocument = buildOpenApiDocument(allRouteContracts, deps.config.version);
  systemRoutes(app, context, openApiDocument);
  meRoutes(app, context);
  apiKeyRoutes(app, context);
  scheduleRoutes(app, context);
  outOfOfficeRoutes(app, context);
  eventTypeRoutes(app, context);
  slotRoutes(app, context);
  bookingRoutes(app, context);
  webhookRoutes(app, context);
  teamRoutes(app, context);
  accountRoutes(app, context);
  embedRoutes(app, context);
  webRoutes(app, context);
  assertDocumented(servedRoutes, allRouteContracts);
  return app;
}

/** "METHOD /path" of every route registered, in OpenAPI's `{param}` form. */
function collectServedRoutes(app: FastifyInstance): string[] {
  const served: string[] = [];
  app.decorate('servedRoutes', served);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      served.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
  });
  return served;
}

/** The OpenAPI document must cover every route; a route without a contract fails at start. */
function assertDocumented(served: string[], contracts: readonly RouteContract[]): void {
  const documented = new Set(contracts.map((r) => `${r.method} ${r.path}`));
  const missing = served.filter((route) => !documented.has(route));
  if (missing.length > 0)
    throw new Error(`Routes missing from the OpenAPI document: ${missing.join(', ')}`);
}

declare module 'fastify' {
  interface FastifyInstance {
    servedRoutes: string[];
  }
}
