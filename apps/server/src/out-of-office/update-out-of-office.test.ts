import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

const june = { start: '2026-06-01T00:00:00Z', end: '2026-06-05T00:00:00Z' };

const create = async (headers: Headers, payload: object = june) =>
  json(await t.app.inject({ method: 'POST', url: '/v2/me/ooo', headers, payload })).data;

const patch = (headers: Headers, id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/v2/me/ooo/${id}`, headers, payload });

const rowOf = async (id: number) =>
  (
    await t.database.query<{ end_at: Date; to_user_id: number | null; notes: string | null }>(
      'SELECT end_at, to_user_id, notes FROM out_of_office WHERE id = $1',
      [id],
    )
  )[0]!;

describe('PATCH /v2/me/ooo/{id}', () => {
  it('moves one bound and keeps the other', async () => {
    const { headers } = await t.signedIn();
    const entry = await create(headers);
    const response = await patch(headers, entry.id, { end: '2026-06-07T12:00:00Z' });
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toMatchObject({
      start: entry.start,
      end: '2026-06-07T12:00:00.000Z',
    });
    expect(new Date((await rowOf(entry.id)).end_at).toISOString()).toBe('2026-06-07T12:00:00.000Z');
  });

  it('refuses a bound that crosses the stored other bound, naming the field sent', async () => {
    const { headers } = await t.signedIn();
    const entry = await create(headers);
    const endTooEarly = await patch(headers, entry.id, { end: '2026-05-31T00:00:00Z' });
    expect(endTooEarly.statusCode).toBe(422);
    expect(json(endTooEarly).error.details).toEqual([
      { field: 'end', message: 'Must be after start' },
    ]);
    const startTooLate = await patch(headers, entry.id, { start: '2026-06-05T00:00:00Z' });
    expect(startTooLate.statusCode).toBe(422);
    expect(json(startTooLate).error.details).toEqual([
      { field: 'start', message: 'Must be before end' },
    ]);
    expect(new Date((await rowOf(entry.id)).end_at).toISOString()).toBe('2026-06-05T00:00:00.000Z');
  });

  it('sets and clears the redirect and the notes', async () => {
    const { headers } = await t.signedIn();
    const colleague = await t.factories.user();
    const entry = await create(headers);
    const set = await patch(headers, entry.id, { toUserId: colleague.id, notes: 'Ask Sam' });
    expect(json(set).data).toMatchObject({ toUserId: colleague.id, notes: 'Ask Sam' });
    expect(await rowOf(entry.id)).toMatchObject({ to_user_id: colleague.id, notes: 'Ask Sam' });
    const cleared = await patch(headers, entry.id, { toUserId: null, notes: null });
    expect(json(cleared).data).toMatchObject({ toUserId: null, notes: null });
    expect(await rowOf(entry.id)).toMatchObject({ to_user_id: null, notes: null });
  });

  it('checks the redirect like creation does', async () => {
    const { user, headers } = await t.signedIn();
    const entry = await create(headers);
    const toSelf = await patch(headers, entry.id, { toUserId: user.id });
    expect(toSelf.statusCode).toBe(422);
    expect(json(toSelf).error.details[0].field).toBe('toUserId');
    const toNobody = await patch(headers, entry.id, { toUserId: 2_000_000_000 });
    expect(toNobody.statusCode).toBe(422);
    expect((await rowOf(entry.id)).to_user_id).toBeNull();
  });

  it('refuses to become the twin of another entry, but may keep its own bounds', async () => {
    const { headers } = await t.signedIn();
    const first = await create(headers);
    const second = await create(headers, {
      start: '2026-07-01T00:00:00Z',
      end: '2026-07-02T00:00:00Z',
    });
    expect((await patch(headers, second.id, june)).statusCode).toBe(409);
    expect((await patch(headers, first.id, { ...june, reason: 'travel' })).statusCode).toBe(200);
  });

  it('answers an unknown id with 404', async () => {
    const { headers } = await t.signedIn();
    expect((await patch(headers, 2_000_000_000, { notes: 'x' })).statusCode).toBe(404);
  });
});
