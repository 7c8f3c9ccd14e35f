import { errorEnvelope, scheduleOutput, successEnvelope } from '@kairos/contracts';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

const body = {
  name: 'Evenings',
  timeZone: 'America/Chicago',
  isDefault: false,
  availability: [
    { days: ['Tuesday', 'Thursday'], startTime: '18:00', endTime: '21:30' },
    { days: ['Saturday'], startTime: '10:00', endTime: '23:59' },
  ],
  overrides: [{ date: '2026-12-24', startTime: '00:00', endTime: '00:00' }],
};

async function createSchedule(headers: Headers, payload: object = body) {
  const response = await t.app.inject({ method: 'POST', url: '/v2/schedules', headers, payload });
  expect(response.statusCode).toBe(201);
  return successEnvelope(scheduleOutput).parse(json(response)).data;
}

describe('the schedules API', () => {
  it('creates, reads, lists, updates and deletes a schedule', async () => {
    const { user, headers } = await t.signedIn();
    const created = await createSchedule(headers);
    expect(created).toEqual({ id: expect.any(Number), ownerId: user.id, ...body });

    const read = await t.app.inject({ method: 'GET', url: `/v2/schedules/${created.id}`, headers });
    expect(json(read)).toEqual({ status: 'success', data: created });

    const listed = json(await t.app.inject({ method: 'GET', url: '/v2/schedules', headers }));
    const list = successEnvelope(z.array(scheduleOutput)).parse(listed).data;
    expect(list.map((s) => [s.name, s.isDefault])).toEqual([
      ['Working hours', true],
      ['Evenings', false],
    ]);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/v2/schedules/${created.id}`,
      headers,
      payload: { name: 'Late evenings' },
    });
    expect(patched.statusCode).toBe(200);
    expect(json(patched).data).toEqual({ ...created, name: 'Late evenings' });

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/v2/schedules/${created.id}`,
      headers,
    });
    expect(json(deleted)).toEqual({ status: 'success', data: { id: created.id } });
    const gone = await t.app.inject({ method: 'GET', url: `/v2/schedules/${created.id}`, headers });
    expect(gone.statusCode).toBe(404);
    expect(errorEnvelope.parse(json(gone)).error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Schedule not found',
    });
  });

  it('stores days as numbers from 0 = Sunday and shows them by name', async () => {
    const { headers } = await t.signedIn();
    const created = await createSchedule(headers, {
      ...body,
      availability: [
        { days: ['Sunday', 'Saturday', 'Sunday'], startTime: '08:00', endTime: '12:00' },
      ],
    });
    const [row] = await t.database.query<{ availability: unknown }>(
      'SELECT availability FROM schedules WHERE id = $1',
      [created.id],
    );
    expect(row!.availability).toEqual([{ days: [0, 6], startTime: '08:00', endTime: '12:00' }]);
    expect(created.availability).toEqual([
      { days: ['Sunday', 'Saturday'], startTime: '08:00', endTime: '12:00' },
    ]);
  });

  it('answers without an API key with 401', async () => {
    for (const [method, url] of [
      ['GET', '/v2/schedules'],
      ['POST', '/v2/schedules'],
      ['GET', '/v2/schedules/default'],
      ['DELETE', '/v2/schedules/1'],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        payload: method === 'POST' ? body : undefined,
      });
      expect(response.statusCode).toBe(401);
    }
  });

  it('answers an id that is not a positive integer with 422 on id', async () => {
    const { headers } = await t.signedIn();
    for (const id of ['abc', '0', '99999999999']) {
      const response = await t.app.inject({ method: 'GET', url: `/v2/schedules/${id}`, headers });
      expect(response.statusCode).toBe(422);
      expect(json(response).error.details.map((d: { field: string }) => d.field)).toEqual(['id']);
    }
  });
});

describe("another user's schedule", () => {
  it('is not found for reading, changing or deleting, and stays unchanged', async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    const schedule = await createSchedule(owner.headers);
    const url = `/v2/schedules/${schedule.id}`;
    const attempts = [
      { method: 'GET' as const, url },
      { method: 'PATCH' as const, url, payload: { name: 'Mine now', isDefault: true } },
      { method: 'DELETE' as const, url },
    ];
    for (const attempt of attempts) {
      const response = await t.app.inject({ ...attempt, headers: stranger.headers });
      expect(response.statusCode).toBe(404);
      expect(json(response).error.code).toBe('NOT_FOUND');
    }
    const again = await t.app.inject({ method: 'GET', url, headers: owner.headers });
    expect(json(again).data).toEqual(schedule);
    const [user] = await t.database.query<{ default_schedule_id: number }>(
      'SELECT default_schedule_id FROM users WHERE id = $1',
      [stranger.user.id],
    );
    expect(user!.default_schedule_id).toBe(stranger.user.defaultScheduleId);
  });

  it("never appears in the caller's list", async () => {
    const owner = await t.signedIn();
    const stranger = await t.signedIn();
    await createSchedule(owner.headers);
    const list = json(
      await t.app.inject({ method: 'GET', url: '/v2/schedules', headers: stranger.headers }),
    ).data;
    expect(list.map((s: { ownerId: number }) => s.ownerId)).toEqual([stranger.user.id]);
  });
});
