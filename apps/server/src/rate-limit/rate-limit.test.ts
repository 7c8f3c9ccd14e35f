import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRateLimits } from '../config';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { createRedisStore } from './redis-store';

const rateLimits = { ...defaultRateLimits, default: { limit: 2, burst: 3 } };
let t: TestApp;
let nowMs = Date.parse('2026-06-01T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => new Date(nowMs), config: { rateLimits } });
});
afterAll(() => t.close());

describe('rate limits', () => {
  it('send X-RateLimit headers, then 429 with Retry-After once the burst is spent', async () => {
    const { headers } = await t.signedIn();
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const response = await t.app.inject({ method: 'GET', url: '/v2/me', headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBe('2');
      expect(Number(response.headers['x-ratelimit-reset'])).toBeGreaterThan(nowMs / 1000);
      remaining.push(response.headers['x-ratelimit-remaining']);
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await t.app.inject({ method: 'GET', url: '/v2/me', headers });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('30');
    expect(json(limited).error.code).toBe('RATE_LIMIT_EXCEEDED');
    nowMs += 30_000;
    expect((await t.app.inject({ method: 'GET', url: '/v2/me', headers })).statusCode).toBe(200);
  });

  it('keeps one bucket per key, and per IP for anonymous callers', async () => {
    const a = await t.signedIn();
    const b = await t.signedIn();
    for (let i = 0; i < 3; i++)
      await t.app.inject({ method: 'GET', url: '/v2/me', headers: a.headers });
    expect(
      (await t.app.inject({ method: 'GET', url: '/v2/me', headers: a.headers })).statusCode,
    ).toBe(429);
    expect(
      (await t.app.inject({ method: 'GET', url: '/v2/me', headers: b.headers })).statusCode,
    ).toBe(200);
    const anonymous = (ip: string) =>
      t.app.inject({ method: 'GET', url: '/v2/api-keys', remoteAddress: ip });
    for (let i = 0; i < 3; i++) expect((await anonymous('10.0.0.1')).statusCode).toBe(401);
    expect((await anonymous('10.0.0.1')).statusCode).toBe(429);
    expect((await anonymous('10.0.0.2')).statusCode).toBe(401);
  });

  it('never limits health checks', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await t.app.inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });
});

// Runs in the server-mode pass of CI, where REDIS_URL is set.
if (process.env.REDIS_URL)
  describe('rate limits shared through Redis', () => {
    it('count requests to two app instances against one bucket', async () => {
      const redisUrl = process.env.REDIS_URL!;
      const namespace = `kairos-test-${randomUUID()}`;
      const first = await createTestApp({
        config: { rateLimits },
        rateLimitStore: createRedisStore(redisUrl, namespace),
      });
      const second = await createTestApp({
        config: { rateLimits },
        rateLimitStore: createRedisStore(redisUrl, namespace),
        database: first.database,
      });
      try {
        const { headers } = await first.signedIn();
        const codes = [];
        for (const app of [first.app, second.app, first.app, second.app]) {
          codes.push((await app.inject({ method: 'GET', url: '/v2/me', headers })).statusCode);
        }
        expect(codes).toEqual([200, 200, 200, 429]);
      } finally {
        await second.close();
        await first.close();
      }
    });
  });
