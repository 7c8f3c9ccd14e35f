import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { hashApiKey } from './api-key-format';

let t: TestApp;
let now = new Date('2026-06-01T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const me = (authorization?: string) =>
  t.app.inject({ method: 'GET', url: '/v2/me', headers: authorization ? { authorization } : {} });

describe('API key authentication', () => {
  it.each([
    ['no Authorization header', undefined, 'Send an API key as "Authorization: Bearer cal_..."'],
    [
      'a scheme other than Bearer',
      'Basic dXNlcjpwYXNz',
      'The Authorization header must be "Bearer <api key>"',
    ],
    ['a key of the wrong shape', 'Bearer cal_live_123', 'Malformed API key'],
    ['a key with a foreign prefix', `Bearer sk_live_${'a'.repeat(32)}`, 'Malformed API key'],
    ['a well-formed key nobody issued', `Bearer cal_live_${'0'.repeat(32)}`, 'Unknown API key'],
  ])('rejects %s with 401 UNAUTHORIZED', async (_case, header, message) => {
    const response = await me(header);
    expect(response.statusCode).toBe(401);
    expect(json(response)).toEqual({ status: 'error', error: { code: 'UNAUTHORIZED', message } });
  });

  it('accepts live, test and plain cal_ keys, and flags test mode', async () => {
    const user = await t.factories.user();
    const live = await t.factories.apiKey(user);
    const test = await t.factories.apiKey(user, { isTest: true });
    const plain = `cal_${'ab12'.repeat(8)}`;
    await t.factories.insertApiKey({
      userId: user.id,
      hashedKey: hashApiKey(plain),
      prefix: 'cal_',
      lastFour: plain.slice(-4),
      isTest: false,
    });
    expect(live).toMatch(/^cal_live_[0-9a-f]{32}$/);
    expect(test).toMatch(/^cal_test_[0-9a-f]{32}$/);
    for (const key of [live, test, plain]) {
      const response = await me(`Bearer ${key}`);
      expect(response.statusCode).toBe(200);
      expect(json(response).data.email).toBe(user.email);
    }
    const keys = json(
      await t.app.inject({
        method: 'GET',
        url: '/v2/api-keys',
        headers: { authorization: `Bearer ${live}` },
      }),
    ).data;
    expect(
      keys.map((k: { prefix: string; isTest: boolean }) => [k.prefix, k.isTest]).sort(),
    ).toEqual([
      ['cal_', false],
      ['cal_live_', false],
      ['cal_test_', true],
    ]);
  });

  it('rejects an expired key and accepts it up to the instant it expires', async () => {
    const user = await t.factories.user();
    const key = await t.factories.apiKey(user, { expiresAt: new Date('2026-06-01T13:00:00Z') });
    expect((await me(`Bearer ${key}`)).statusCode).toBe(200);
    now = new Date('2026-06-01T13:00:00Z');
    const response = await me(`Bearer ${key}`);
    expect(response.statusCode).toBe(401);
    expect(json(response).error.message).toBe('This API key has expired');
    now = new Date('2026-06-01T12:00:00Z');
  });

  it('rejects a revoked key', async () => {
    const { key, headers } = await t.signedIn();
    const [{ id }] = json(await t.app.inject({ method: 'GET', url: '/v2/api-keys', headers })).data;
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/v2/api-keys/${id}`, headers })).statusCode,
    ).toBe(200);
    const response = await me(`Bearer ${key}`);
    expect(response.statusCode).toBe(401);
    expect(json(response).error.message).toBe('This API key has been revoked');
  });

  it('records when a key was last used', async () => {
    const { headers } = await t.signedIn();
    await me(headers.authorization);
    const [key] = json(await t.app.inject({ method: 'GET', url: '/v2/api-keys', headers })).data;
    expect(key.lastUsedAt).toBe(now.toISOString());
  });

  it('stores only the hash of a key', async () => {
    const { key } = await t.signedIn();
    const rows = await t.database.query<{ hashed_key: string }>(
      'SELECT hashed_key FROM api_keys WHERE hashed_key = $1',
      [hashApiKey(key)],
    );
    expect(rows).toHaveLength(1);
    const leaked = await t.database.query(
      'SELECT 1 FROM api_keys WHERE hashed_key = $1 OR last_four = $1',
      [key],
    );
    expect(leaked).toHaveLength(0);
  });
});
