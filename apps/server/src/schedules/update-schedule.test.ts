import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Headers = Record<string, string>;

const initial = {
  name: 'Clinic',
  timeZone: 'Australia/Lord_Howe',
  isDefault: false,
  availability: [{ days: ['Monday'], startTime: '08:00', endTime: '12:00' }],
  overrides: [{ date: '2026-04-03', startTime: '10:00', endTime: '11:00' }],
};

async function create(headers: Headers, payload: object = initial) {
  const response = await t.app.inject({ method: 'POST', url: '/v2/schedules', headers, payload });
  return json(response).data;
}

const patch = (headers: Headers, id: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/v2/schedules/${id}`, headers, payload });

const get = async (headers: Headers, url: string) =>
  json(await t.app.inject({ method: 'GET', url, headers })).data;

describe('PATCH /v2/schedules/{id}', () => {
  it('changes only the fields sent', async () => {
    const { headers } = await t.signedIn();
    const schedule = await create(headers);
    const response = await patch(headers, schedule.id, { timeZone: 'Asia/Kolkata' });
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toEqual({ ...schedule, timeZone: 'Asia/Kolkata' });
    expect(await get(headers, `/v2/schedules/${schedule.id}`)).toEqual({
      ...schedule,
      timeZone: 'Asia/Kolkata',
    });
  });

  it('replaces availability and overrides as whole lists', async () => {
    const { headers } = await t.signedIn();
    const schedule = await create(headers);
    const availability = [
      { days: ['Wednesday', 'Friday'], startTime: '13:00', endTime: '15:00' },
      { days: ['Saturday'], startTime: '09:00', endTime: '10:00' },
    ];
    const response = await patch(headers, schedule.id, { availability, overrides: [] });
    expect(json(response).data).toMatchObject({ availability, overrides: [] });
    const [row] = await t.database.query<{ availability: unknown; overrides: unknown }>(
      'SELECT availability, overrides FROM schedules WHERE id = $1',
      [schedule.id],
    );
    expect(row).toEqual({
      availability: [
        { days: [3, 5], startTime: '13:00', endTime: '15:00' },
        { days: [6], startTime: '09:00', endTime: '10:00' },
      ],
      overrides: [],
    });
  });

  it('switches the default schedule with isDefault true, and back', async () => {
    const { user, headers } = await t.signedIn();
    const second = await create(headers);
    const switched = await patch(headers, second.id, { isDefault: true });
    expect(json(switched).data.isDefault).toBe(true);
    expect((await get(headers, '/v2/me')).defaultScheduleId).toBe(second.id);
    expect((await get(headers, '/v2/schedules/default')).id).toBe(second.id);
    const listed = await get(headers, '/v2/schedules');
    expect(listed.map((s: { id: number; isDefault: boolean }) => [s.id, s.isDefault])).toEqual([
      [user.defaultScheduleId, false],
      [second.id, true],
    ]);

    await patch(headers, user.defaultScheduleId!, { isDefault: true });
    expect((await get(headers, '/v2/me')).defaultScheduleId).toBe(user.defaultScheduleId);
  });

  it('accepts isDefault false on a schedule that is not the default', async () => {
    const { user, headers } = await t.signedIn();
    const second = await create(headers);
    const response = await patch(headers, second.id, { isDefault: false, name: 'Renamed' });
    expect(response.statusCode).toBe(200);
    expect(json(response).data).toMatchObject({ name: 'Renamed', isDefault: false });
    expect((await get(headers, '/v2/me')).defaultScheduleId).toBe(user.defaultScheduleId);
  });

  it('refuses isDefault false on the default schedule with 409 and changes nothing', async () => {
    const { user, headers } = await t.signedIn();
    const response = await patch(headers, user.defaultScheduleId!, {
      isDefault: false,
      name: 'Not default',
    });
    expect(response.statusCode).toBe(409);
    expect(json(response).error).toMatchObject({
      code: 'CONFLICT',
      message: 'This is the default schedule: make another schedule the default instead',
    });
    const schedule = await get(headers, `/v2/schedules/${user.defaultScheduleId}`);
    expect(schedule).toMatchObject({ name: 'Working hours', isDefault: true });
  });

  it('validates like creation, naming each field, and changes nothing', async () => {
    const { headers } = await t.signedIn();
    const schedule = await create(headers);
    const response = await patch(headers, schedule.id, {
      name: 'Broken',
      timeZone: 'Europe/Atlantis',
      availability: [{ days: ['Monday'], startTime: '12:00', endTime: '11:59' }],
      overrides: [{ date: '2026-02-30', startTime: '09:00', endTime: '10:00' }],
    });
    expect(response.statusCode).toBe(422);
    expect(json(response).error.details.map((d: { field: string }) => d.field)).toEqual([
      'timeZone',
      'availability.0.endTime',
      'overrides.0.date',
    ]);
    expect(await get(headers, `/v2/schedules/${schedule.id}`)).toEqual(schedule);
  });

  it('answers an unknown id with 404', async () => {
    const { headers } = await t.signedIn();
    const response = await patch(headers, 2_000_000_000, { name: 'x' });
    expect(response.statusCode).toBe(404);
  });
});
