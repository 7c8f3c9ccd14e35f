import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
let now = new Date('2026-06-01T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const createKey = (headers: Record<string, string>, key: string | undefined, note = 'n') =>
  t.app.inject({
    method: 'POST',
    url: '/v2/api-keys',
    headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) },
    payload: { note },
  });

const keyCount = async (userId: number) =>
  Number(
    (
      await t.database.query<{ n: string }>(
        'SELECT count(*) AS n FROM api_keys WHERE user_id = $1',
        [userId],
      )
    )[0]!.n,
  );

describe('Idempotency-Key', () => {
  it('runs a repeated request once and answers it with the first status and body', async () => {
    const { user, headers } = await t.signedIn();
    const first = await createKey(headers, 'abc-1');
    const again = await createKey(headers, 'abc-1');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await keyCount(user.id)).toBe(2);
  });

  it('runs concurrent duplicates once, all of them getting the same answer', async () => {
    const { user, headers } = await t.signedIn();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => createKey(headers, 'same-moment')),
    );
    expect(new Set(responses.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => json(r).data.id)).size).toBe(1);
    expect(await keyCount(user.id)).toBe(2);
  });

  it('refuses the same key with a different request with 422', async () => {
    const { headers } = await t.signedIn();
    await createKey(headers, 'reused', 'first');
    const response = await createKey(headers, 'reused', 'second');
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details).toEqual([
      { field: 'Idempotency-Key', message: 'Already used with a different request' },
    ]);
  });

  it('keeps keys apart per caller, and forgets them after 24 hours', async () => {
    const alice = await t.signedIn();
    const bob = await t.signedIn();
    const forAlice = json(await createKey(alice.headers, 'shared'));
    const forBob = json(await createKey(bob.headers, 'shared'));
    expect(forBob.data.id).not.toBe(forAlice.data.id);
    now = new Date(now.getTime() + 24 * 3_600_000 + 1);
    const later = json(await createKey(alice.headers, 'shared'));
    expect(later.data.id).not.toBe(forAlice.data.id);
  });

  it('remembers client errors too, and rejects malformed keys', async () => {
    const { headers } = await t.signedIn();
    const bad = (key: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v2/api-keys',
        headers: { ...headers, 'idempotency-key': key },
        payload: { mode: 'prod' },
      });
    expect((await bad('err-1')).statusCode).toBe(422);
    const replayed = await bad('err-1');
    expect(replayed.statusCode).toBe(422);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect((await bad('x'.repeat(300))).statusCode).toBe(422);
  });

  it('leaves requests without the header alone', async () => {
    const { user, headers } = await t.signedIn();
    await createKey(headers, undefined);
    await createKey(headers, undefined);
    expect(await keyCount(user.id)).toBe(3);
  });
});
