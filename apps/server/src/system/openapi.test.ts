import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRouteContracts } from '../routes';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /v2/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route the server serves', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v2/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = json(response);
    expect(document.openapi).toBe('3.1.0');
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(allRouteContracts.map((r) => `${r.method} ${r.path}`).sort());
    expect(t.app.servedRoutes.sort()).toEqual(documented.sort());
  });

  it('describes request bodies, path parameters and security', async () => {
    const document = json(await t.app.inject({ method: 'GET', url: '/v2/openapi.json' }));
    const patchMe = document.paths['/v2/me'].patch;
    expect(patchMe.security).toEqual([{ apiKey: [] }]);
    expect(
      Object.keys(patchMe.requestBody.content['application/json'].schema.properties),
    ).toContain('timeZone');
    const deleteKey = document.paths['/v2/api-keys/{id}'].delete;
    expect(deleteKey.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
  });
});

describe('GET /docs', () => {
  it('renders a readable HTML reference of the same routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    for (const route of allRouteContracts)
      expect(response.body).toContain(`<code>${route.path}</code>`);
  });
});
