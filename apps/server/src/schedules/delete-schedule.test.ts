import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

const create = async (headers: Headers, isDefault = false) =>
  json(
    await t.app.inject({
      method: 'POST',
      url: '/v2/schedules',
      headers,
      payload: { name: 'Extra', timeZone: 'UTC', isDefault },
    }),
  ).data;

const remove = (headers: Headers, id: number) =>
  t.app.inject({ method: 'DELETE', url: `/v2/schedules/${id}`, headers });

const schedulesOf = async (userId: number) =>
  (
    await t.database.query<{ id: number }>(
      'SELECT id FROM schedules WHERE user_id = $1 ORDER BY id',
      [userId],
    )
  ).map((row) => row.id);

describe('DELETE /v2/schedules/{id}', () => {
  it('deletes a schedule that is not the default and keeps the default', async () => {
    const { user, headers } = await t.signedIn();
    const extra = await create(headers);
    const response = await remove(headers, extra.id);
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toEqual({ id: extra.id });
    expect(await schedulesOf(user.id)).toEqual([user.defaultScheduleId]);
  });

  it('refuses to delete the default while other schedules exist (409), deleting nothing', async () => {
    const { user, headers } = await t.signedIn();
    const extra = await create(headers);
    const response = await remove(headers, user.defaultScheduleId!);
    expect(response.statusCode).toBe(409);
    expect(json(response).error).toMatchObject({
      code: 'CONFLICT',
      message: 'This is the default schedule: make another schedule the default first',
    });
    expect(await schedulesOf(user.id)).toEqual([user.defaultScheduleId, extra.id]);
  });

  it('deletes the former default once another schedule is the default', async () => {
    const { user, headers } = await t.signedIn();
    const next = await create(headers, true);
    expect((await remove(headers, user.defaultScheduleId!)).statusCode).toBe(200);
    expect(await schedulesOf(user.id)).toEqual([next.id]);
  });

  it('deletes the last schedule, leaving no default; the next schedule becomes the default', async () => {
    const { user, headers } = await t.signedIn();
    expect((await remove(headers, user.defaultScheduleId!)).statusCode).toBe(200);
    const me = json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data;
    expect(me.defaultScheduleId).toBeNull();
    const none = await t.app.inject({ method: 'GET', url: '/v2/schedules/default', headers });
    expect(json(none)).toEqual({ status: 'success', data: null });

    const next = await create(headers, false);
    expect(next.isDefault).toBe(true);
    const again = json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data;
    expect(again.defaultScheduleId).toBe(next.id);
  });

  it('answers an unknown id with 404', async () => {
    const { headers } = await t.signedIn();
    const response = await remove(headers, 2_000_000_000);
    expect(response.statusCode).toBe(404);
    expect(json(response).error.code).toBe('NOT_FOUND');
  });
});
