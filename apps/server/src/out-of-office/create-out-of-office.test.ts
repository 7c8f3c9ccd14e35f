import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

const post = (headers: Headers, payload: object) =>
  t.app.inject({ method: 'POST', url: '/v2/me/ooo', headers, payload });

const fieldsOf = (response: LightMyRequestResponse) =>
  json(response).error.details.map((d: { field: string }) => d.field);

const countOf = async (userId: number) =>
  (await t.database.query('SELECT id FROM out_of_office WHERE user_id = $1', [userId])).length;

const may = { start: '2026-05-04T00:00:00Z', end: '2026-05-08T00:00:00Z' };

describe('POST /v2/me/ooo validation', () => {
  it('refuses an end that is not after the start, on end', async () => {
    const { headers } = await t.signedIn();
    for (const end of ['2026-05-04T00:00:00Z', '2026-05-03T23:59:00Z']) {
      const response = await post(headers, { start: may.start, end });
      expect(response.statusCode).toBe(422);
      expect(json(response).error.details).toEqual([
        { field: 'end', message: 'Must be after start' },
      ]);
    }
  });

  it('refuses instants without a zone, unknown reasons and missing bounds, each by field', async () => {
    const { user, headers } = await t.signedIn();
    const response = await post(headers, { start: '2026-05-04T00:00:00', reason: 'bored' });
    expect(response.statusCode).toBe(422);
    expect(fieldsOf(response)).toEqual(['start', 'end', 'reason']);
    expect(await countOf(user.id)).toBe(0);
  });
});

describe('POST /v2/me/ooo redirects', () => {
  it('redirects bookings to another existing user', async () => {
    const { headers } = await t.signedIn();
    const colleague = await t.factories.user();
    const response = await post(headers, { ...may, toUserId: colleague.id });
    expect(response.statusCode).toBe(201);
    expect(json(response).data.toUserId).toBe(colleague.id);
  });

  it('refuses a redirect to the caller or to a user that does not exist, writing nothing', async () => {
    const { user, headers } = await t.signedIn();
    const toSelf = await post(headers, { ...may, toUserId: user.id });
    expect(toSelf.statusCode).toBe(422);
    expect(json(toSelf).error.details).toEqual([
      { field: 'toUserId', message: 'Cannot redirect bookings to yourself' },
    ]);
    const toNobody = await post(headers, { ...may, toUserId: 2_000_000_000 });
    expect(toNobody.statusCode).toBe(422);
    expect(json(toNobody).error.details).toEqual([{ field: 'toUserId', message: 'No such user' }]);
    expect(await countOf(user.id)).toBe(0);
  });

  it('refuses a redirect loop over an overlapping period but allows it over a separate one', async () => {
    const alice = await t.signedIn();
    const bob = await t.signedIn();
    await post(bob.headers, { ...may, toUserId: alice.user.id });
    const loop = await post(alice.headers, {
      start: '2026-05-07T00:00:00Z',
      end: '2026-05-10T00:00:00Z',
      toUserId: bob.user.id,
    });
    expect(loop.statusCode).toBe(422);
    expect(json(loop).error.details).toEqual([
      {
        field: 'toUserId',
        message: 'That user redirects their bookings to you during this period',
      },
    ]);
    const later = await post(alice.headers, {
      start: '2026-05-08T00:00:00Z',
      end: '2026-05-10T00:00:00Z',
      toUserId: bob.user.id,
    });
    expect(later.statusCode).toBe(201);
  });
});

describe('POST /v2/me/ooo and other entries', () => {
  it('allows overlapping entries', async () => {
    const { headers } = await t.signedIn();
    expect((await post(headers, may)).statusCode).toBe(201);
    const overlapping = await post(headers, {
      start: '2026-05-06T00:00:00Z',
      end: '2026-05-12T00:00:00Z',
    });
    expect(overlapping.statusCode).toBe(201);
  });

  it('refuses an entry with the same start and end as another with 409, as Cal.com does', async () => {
    const { user, headers } = await t.signedIn();
    expect((await post(headers, may)).statusCode).toBe(201);
    const twin = await post(headers, {
      start: '2026-05-04T02:00:00+02:00',
      end: '2026-05-08T00:00:00.000Z',
      reason: 'travel',
    });
    expect(twin.statusCode).toBe(409);
    expect(json(twin).error.code).toBe('CONFLICT');
    expect(await countOf(user.id)).toBe(1);
  });

  it('lets two users be away over exactly the same period', async () => {
    const first = await t.signedIn();
    const second = await t.signedIn();
    expect((await post(first.headers, may)).statusCode).toBe(201);
    expect((await post(second.headers, may)).statusCode).toBe(201);
  });
});

describe('POST /v2/me/ooo at the same moment', () => {
  it('keeps one of several identical entries sent at once; the others get 409', async () => {
    const { user, headers } = await t.signedIn();
    const responses = await Promise.all([1, 2, 3, 4].map(() => post(headers, may)));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(await countOf(user.id)).toBe(1);
  });

  it('never lets two users redirect to each other over the same period, even at once', async () => {
    const ann = await t.signedIn();
    const ben = await t.signedIn();
    const responses = await Promise.all([
      post(ann.headers, { ...may, toUserId: ben.user.id }),
      post(ben.headers, { ...may, toUserId: ann.user.id }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 422]);
  });
});
