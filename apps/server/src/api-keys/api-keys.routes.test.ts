import { createdApiKeyOutput, successEnvelope } from '@kairos/contracts';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
const now = new Date('2026-06-01T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('POST /v2/api-keys', () => {
  it('returns the new key once, with 201, and it works', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v2/api-keys',
      headers,
      payload: { note: 'CI', apiKeyDaysValid: 30 },
    });
    expect(response.statusCode).toBe(201);
    const created = successEnvelope(createdApiKeyOutput).parse(json(response)).data;
    expect(created).toMatchObject({ note: 'CI', isTest: false, prefix: 'cal_live_' });
    expect(created.expiresAt).toBe('2026-07-01T12:00:00.000Z');
    expect(created.key.slice(-4)).toBe(created.lastFour);
    expect(
      (await t.app.inject({ method: 'GET', url: '/v2/me', headers: bearer(created.key) }))
        .statusCode,
    ).toBe(200);

    const listed = json(await t.app.inject({ method: 'GET', url: '/v2/api-keys', headers })).data;
    expect(listed).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed.every((k: object) => !('key' in k))).toBe(true);
  });

  it('issues test-mode keys with the cal_test_ prefix', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v2/api-keys',
      headers,
      payload: { mode: 'test' },
    });
    expect(json(response).data.key).toMatch(/^cal_test_[0-9a-f]{32}$/);
    expect(json(response).data.expiresAt).toBeNull();
  });

  it('refuses an expiry in the past and unknown modes with 422', async () => {
    const { headers } = await t.signedIn();
    const past = await t.app.inject({
      method: 'POST',
      url: '/v2/api-keys',
      headers,
      payload: { expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.statusCode).toBe(422);
    expect(json(past).error.details).toEqual([
      { field: 'expiresAt', message: 'Must be in the future' },
    ]);
    const mode = await t.app.inject({
      method: 'POST',
      url: '/v2/api-keys',
      headers,
      payload: { mode: 'prod' },
    });
    expect(mode.statusCode).toBe(422);
    expect(json(mode).error.details[0].field).toBe('mode');
  });

  it('requires a key', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/v2/api-keys', payload: {} });
    expect(response.statusCode).toBe(401);
  });
});

describe('DELETE /v2/api-keys/{id}', () => {
  it("cannot touch another user's key: 404, and the key keeps working", async () => {
    const alice = await t.signedIn();
    const bob = await t.signedIn();
    const [bobsKey] = json(
      await t.app.inject({ method: 'GET', url: '/v2/api-keys', headers: bob.headers }),
    ).data;
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/v2/api-keys/${bobsKey.id}`,
      headers: alice.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(json(response).error.code).toBe('NOT_FOUND');
    expect(
      (await t.app.inject({ method: 'GET', url: '/v2/me', headers: bob.headers })).statusCode,
    ).toBe(200);
  });

  it('answers 422 for an id that is not a number', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({ method: 'DELETE', url: '/v2/api-keys/abc', headers });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details[0].field).toBe('id');
  });
});

describe('POST /v2/api-keys/refresh', () => {
  it('replaces the calling key: the old one stops working, the new one works', async () => {
    const { key, headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v2/api-keys/refresh',
      headers,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    const { apiKey } = z.object({ apiKey: z.string() }).parse(json(response).data);
    expect(apiKey).not.toBe(key);
    expect((await t.app.inject({ method: 'GET', url: '/v2/me', headers })).statusCode).toBe(401);
    const [listed] = json(
      await t.app.inject({ method: 'GET', url: '/v2/api-keys', headers: bearer(apiKey) }),
    ).data;
    expect(listed.expiresAt).toBe('2026-07-01T12:00:00.000Z');
  });

  it('honours apiKeyNeverExpires', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'POST',
      url: '/v2/api-keys/refresh',
      headers,
      payload: { apiKeyNeverExpires: true },
    });
    const [listed] = json(
      await t.app.inject({
        method: 'GET',
        url: '/v2/api-keys',
        headers: bearer(json(response).data.apiKey),
      }),
    ).data;
    expect(listed.expiresAt).toBeNull();
  });

  it('refreshes a key once: of concurrent refreshes one gets a key, the others 401', async () => {
    const { user, headers } = await t.signedIn();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.app.inject({ method: 'POST', url: '/v2/api-keys/refresh', headers, payload: {} }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
    const live = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL',
      [user.id],
    );
    expect(live[0]?.n).toBe(1);
  });
});
