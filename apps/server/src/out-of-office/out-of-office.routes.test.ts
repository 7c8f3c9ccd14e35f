import { outOfOfficeOutput, successEnvelope } from '@kairos/contracts';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

async function create(headers: Headers, payload: object) {
  const response = await t.app.inject({ method: 'POST', url: '/v2/me/ooo', headers, payload });
  expect(response.statusCode).toBe(201);
  return successEnvelope(outOfOfficeOutput).parse(json(response)).data;
}

const list = async (headers: Headers, query = '') =>
  successEnvelope(z.array(outOfOfficeOutput)).parse(
    json(await t.app.inject({ method: 'GET', url: `/v2/me/ooo${query}`, headers })),
  ).data;

const week = { start: '2026-08-03T00:00:00+02:00', end: '2026-08-10T00:00:00+02:00' };

describe('the out-of-office API', () => {
  it('creates, reads, updates and deletes an entry, with UTC instants', async () => {
    const { user, headers } = await t.signedIn();
    const created = await create(headers, { ...week, reason: 'vacation', notes: 'Alps' });
    expect(created).toEqual({
      id: expect.any(Number),
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      userId: user.id,
      start: '2026-08-02T22:00:00.000Z',
      end: '2026-08-09T22:00:00.000Z',
      reason: 'vacation',
      notes: 'Alps',
      toUserId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const url = `/v2/me/ooo/${created.id}`;
    expect(json(await t.app.inject({ method: 'GET', url, headers })).data).toEqual(created);

    const patched = await t.app.inject({
      method: 'PATCH',
      url,
      headers,
      payload: { reason: 'sick', notes: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(json(patched).data).toMatchObject({
      ...created,
      reason: 'sick',
      notes: null,
      updatedAt: expect.any(String),
    });

    const deleted = await t.app.inject({ method: 'DELETE', url, headers });
    expect(deleted.statusCode).toBe(200);
    expect(json(deleted).data).toMatchObject({ id: created.id, reason: 'sick' });
    expect((await t.app.inject({ method: 'GET', url, headers })).statusCode).toBe(404);
    const rows = await t.database.query('SELECT id FROM out_of_office WHERE id = $1', [created.id]);
    expect(rows).toEqual([]);
  });

  it('defaults the reason to unspecified and stores the instants given', async () => {
    const { headers } = await t.signedIn();
    const created = await create(headers, week);
    expect(created.reason).toBe('unspecified');
    const [row] = await t.database.query<{ start_at: Date; end_at: Date; reason: string }>(
      'SELECT start_at, end_at, reason FROM out_of_office WHERE id = $1',
      [created.id],
    );
    expect(new Date(row!.start_at).toISOString()).toBe('2026-08-02T22:00:00.000Z');
    expect(new Date(row!.end_at).toISOString()).toBe('2026-08-09T22:00:00.000Z');
    expect(row!.reason).toBe('unspecified');
  });

  it('lists entries by start and filters them by afterStart and beforeEnd', async () => {
    const { headers } = await t.signedIn();
    const late = await create(headers, {
      start: '2026-09-01T00:00:00Z',
      end: '2026-09-05T00:00:00Z',
    });
    const early = await create(headers, {
      start: '2026-07-01T00:00:00Z',
      end: '2026-07-03T00:00:00Z',
    });
    const middle = await create(headers, {
      start: '2026-08-01T00:00:00Z',
      end: '2026-08-20T00:00:00Z',
    });
    const ids = (entries: Array<{ id: number }>) => entries.map((e) => e.id);

    expect(ids(await list(headers))).toEqual([early.id, middle.id, late.id]);
    expect(ids(await list(headers, '?afterStart=2026-08-01T00:00:00Z'))).toEqual([
      middle.id,
      late.id,
    ]);
    expect(ids(await list(headers, '?beforeEnd=2026-08-20T00:00:00Z'))).toEqual([
      early.id,
      middle.id,
    ]);
    expect(
      ids(await list(headers, '?afterStart=2026-07-02T00:00:00Z&beforeEnd=2026-09-04T00:00:00Z')),
    ).toEqual([middle.id]);
  });

  it('refuses a filter that is not an instant with 422 on that parameter', async () => {
    const { headers } = await t.signedIn();
    const response = await t.app.inject({
      method: 'GET',
      url: '/v2/me/ooo?afterStart=tomorrow',
      headers,
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details.map((d: { field: string }) => d.field)).toEqual([
      'afterStart',
    ]);
  });

  it('answers without an API key with 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/v2/me/ooo' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/v2/me/ooo', payload: week })).statusCode,
    ).toBe(401);
  });
});

describe("another user's out-of-office entry", () => {
  it('is not found for reading, changing or deleting, stays unchanged and is never listed', async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    const entry = await create(owner.headers, { ...week, notes: 'private' });
    const url = `/v2/me/ooo/${entry.id}`;
    for (const attempt of [
      { method: 'GET' as const, url },
      { method: 'PATCH' as const, url, payload: { notes: 'hijacked' } },
      { method: 'DELETE' as const, url },
    ]) {
      const response = await t.app.inject({ ...attempt, headers: stranger.headers });
      expect(response.statusCode).toBe(404);
      expect(json(response).error).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Out-of-office entry not found',
      });
    }
    expect(await list(stranger.headers)).toEqual([]);
    expect(json(await t.app.inject({ method: 'GET', url, headers: owner.headers })).data).toEqual(
      entry,
    );
  });
});
