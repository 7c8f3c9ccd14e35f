import type { z } from 'zod';

/** Buckets of the rate limiter (PRD 4.3); each has its own limit and burst. */
export type RateLimitGroup =
  'default' | 'bookingsCreate' | 'bookingsRead' | 'slots' | 'webhooksCreate';

/**
 * One HTTP route as data: the server binds a handler to it, the OpenAPI document is generated
 * from it, and tests parse responses with it. Paths use OpenAPI's `{param}` form.
 */
export interface RouteContract {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  summary: string;
  tag: string;
  /** `none`: public; `optional`: works anonymously, knows the caller when a key is sent. */
  auth: 'required' | 'optional' | 'none';
  rateLimit?: RateLimitGroup;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The schema of `data` in the success envelope. */
  response: z.ZodType;
  /** Lists with cursor pagination carry `pagination` beside `data`. */
  paginated?: boolean;
  status?: 200 | 201;
  /** Outside the /v2 envelope (health checks, the OpenAPI document itself). */
  raw?: boolean;
}

/** Keeps the literal types of a route so handlers are typed from it. */
export const defineRoute = <const T extends RouteContract>(route: T): T => route;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives, already validated. */
export interface RouteInput<R extends RouteContract> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
}

/** What a handler returns as `data`. */
export type RouteOutput<R extends RouteContract> = z.input<R['response']>;
