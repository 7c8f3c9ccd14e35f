import { errorEnvelope } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  headers = (await t.signedIn()).headers;
});
afterAll(() => t.close());

describe('the error envelope', () => {
  it('answers an unknown route with 404 NOT_FOUND in the envelope', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v2/nothing-here?x=1' });
    expect(response.statusCode).toBe(404);
    expect(errorEnvelope.parse(json(response)).error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Route GET /v2/nothing-here not found',
    });
  });

  it('answers malformed JSON with 400 INVALID_REQUEST', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(json(response)).toEqual({
      status: 'error',
      error: { code: 'INVALID_REQUEST', message: 'Request body is not valid JSON' },
    });
  });

  it('answers schema failures with 422 and one details entry per field', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers,
      payload: { timeZone: 'Mars/Olympus', timeFormat: 13, weekStart: 'Someday', name: 'ok' },
    });
    expect(response.statusCode).toBe(422);
    const body = json(response);
    expect(body.error.code).toBe('VALIDATION_ERROR');
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'timeFormat',
      'timeZone',
      'weekStart',
    ]);
  });

  it('answers a body over 1 MiB with 413 in the envelope', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(json(response).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a body that is not JSON with 415 in the envelope', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(response.statusCode).toBe(415);
    expect(json(response).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts an empty body sent with a JSON content type', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: '/v2/me',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('every response', () => {
  it('carries an X-Request-Id, echoing a well-formed one the client sent', async () => {
    const generated = await t.app.inject({ method: 'GET', url: '/v2/me' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await t.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const refused = await t.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'bad id\u00e9' },
    });
    expect(refused.headers['x-request-id']).not.toBe('bad id\u00e9');
  });

  it("answers CORS preflights for any origin with Cal.com's headers allowed", async () => {
    const response = await t.app.inject({
      method: 'OPTIONS',
      url: '/v2/me',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,cal-api-version,content-type',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(String(response.headers['access-control-allow-headers'])).toContain('cal-api-version');
    expect(String(response.headers['access-control-allow-methods'])).toContain('PATCH');
  });
});

describe('health and readiness', () => {
  it('reports the process alive and the database reachable', async () => {
    expect(json(await t.app.inject({ method: 'GET', url: '/health' }))).toEqual({
      status: 'success',
      data: { ok: true },
    });
    const ready = json(await t.app.inject({ method: 'GET', url: '/ready' }));
    expect(ready.data).toEqual({ ok: true, database: t.database.kind });
  });

  it('answers 503 SERVICE_UNAVAILABLE when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.database.close();
    const response = await broken.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(503);
    expect(json(response).error.code).toBe('SERVICE_UNAVAILABLE');
    await broken.app.close();
  });
});
