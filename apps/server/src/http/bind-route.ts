import { AppError, type RouteContract, type RouteInput, type RouteOutput } from '@kairos/contracts';
import type { FastifyInstance } from 'fastify';
import type { Caller } from '../auth/caller';
import type { HandlerContext } from './context';
import { Paged } from './paged';
import { parseParts } from './validate';

type CallerOf<R extends RouteContract> = R['auth'] extends 'required' ? Caller : Caller | null;

export type RouteHandler<R extends RouteContract> = (
  input: RouteInput<R>,
  context: HandlerContext<CallerOf<R>>,
) => Promise<RouteOutput<R> | Paged<unknown>>;

const fastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function callerFor(route: RouteContract, context: HandlerContext): Caller | null {
  const authentication = context.request.authentication;
  if (route.auth === 'none') return null;
  if ('error' in authentication) throw authentication.error;
  if ('caller' in authentication) return authentication.caller;
  if (route.auth === 'required') {
    throw new AppError('UNAUTHORIZED', 'Send an API key as "Authorization: Bearer cal_..."');
  }
  return null;
}

/** Registers a route: validate -> authenticate -> handler -> envelope. */
export function bindRoute<R extends RouteContract>(
  app: FastifyInstance,
  route: R,
  deps: HandlerContext['deps'],
  handler: RouteHandler<R>,
): void {
  app.route({
    method: route.method,
    url: fastifyPath(route.path),
    config: {
      rateLimit: route.tag === 'System' ? false : (route.rateLimit ?? 'default'),
      auth: route.auth,
    },
    handler: async (request, reply) => {
      const context: HandlerContext = { caller: null, deps, request, reply };
      context.caller = callerFor(route, context);
      const hasBody = route.body !== undefined;
      const [params, query, body] = parseParts([
        [route.params, request.params],
        [route.query, request.query],
        [route.body, hasBody ? (request.body ?? {}) : undefined],
      ]);
      const input = { params, query, body } as RouteInput<R>;
      const result = await handler(input, context as HandlerContext<CallerOf<R>>);
      reply.status(route.status ?? 200);
      if (route.raw) return result;
      if (result instanceof Paged) {
        return { status: 'success', data: result.data, pagination: result.pagination };
      }
      return { status: 'success', data: result };
    },
  });
}
