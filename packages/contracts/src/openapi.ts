import { z } from 'zod';
import { errorEnvelope } from './envelope';
import { errorCatalog } from './errors';
import type { RouteContract } from './route';
import { cursorPagination } from './schemas/pagination';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const json: JsonSchema = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  delete json.$schema;
  return json;
};

function parameters(route: RouteContract): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      out.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: property,
      });
    }
  }
  return out;
}

function successSchema(route: RouteContract): JsonSchema {
  if (route.raw) return toSchema(route.response, 'output');
  const properties: JsonSchema = {
    status: { const: 'success' },
    data: toSchema(route.response, 'output'),
  };
  if (route.paginated) properties.pagination = toSchema(cursorPagination, 'output');
  return { type: 'object', properties, required: Object.keys(properties) };
}

function operation(route: RouteContract): JsonSchema {
  const op: JsonSchema = {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method.toLowerCase()} ${route.path}`,
    parameters: parameters(route),
    responses: {
      [String(route.status ?? 200)]: {
        description: 'Success',
        content: { 'application/json': { schema: successSchema(route) } },
      },
      default: {
        description: 'An error, in the error envelope',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
      },
    },
  };
  if (route.auth !== 'none')
    op.security = route.auth === 'required' ? [{ apiKey: [] }] : [{}, { apiKey: [] }];
  if (route.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: toSchema(route.body, 'input') } },
    };
  }
  return op;
}

/** The OpenAPI 3.1 document of the given routes. */
export function buildOpenApiDocument(
  routes: readonly RouteContract[],
  version: string,
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kairos API',
      version,
      description:
        "Scheduling API compatible with Cal.com's API v2. Errors use the envelope below; codes: " +
        Object.entries(errorCatalog)
          .map(([code, { status }]) => `${code} (${status})`)
          .join(', '),
    },
    paths,
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'cal_live_..., cal_test_... or cal_...',
        },
      },
      schemas: { ErrorEnvelope: toSchema(errorEnvelope, 'output') },
    },
  };
}
