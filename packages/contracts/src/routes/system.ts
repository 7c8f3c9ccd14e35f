import { z } from 'zod';
import { defineRoute } from '../route';

export const healthRoute = defineRoute({
  method: 'GET',
  path: '/health',
  summary: 'Liveness: the process is up',
  tag: 'System',
  auth: 'none',
  response: z.object({ ok: z.literal(true) }),
});

export const readyRoute = defineRoute({
  method: 'GET',
  path: '/ready',
  summary: 'Readiness: the database answers',
  tag: 'System',
  auth: 'none',
  response: z.object({ ok: z.literal(true), database: z.enum(['embedded', 'postgres']) }),
});

export const openApiRoute = defineRoute({
  method: 'GET',
  path: '/v2/openapi.json',
  summary: 'This API as an OpenAPI 3.1 document',
  tag: 'System',
  auth: 'none',
  raw: true,
  response: z.record(z.string(), z.unknown()),
});

export const docsRoute = defineRoute({
  method: 'GET',
  path: '/docs',
  summary: 'A readable reference of this API (HTML)',
  tag: 'System',
  auth: 'none',
  raw: true,
  response: z.string(),
});

export const systemRoutes = [healthRoute, readyRoute, openApiRoute, docsRoute];
