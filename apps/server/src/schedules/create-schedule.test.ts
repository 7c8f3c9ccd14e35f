import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const base = { name: 'Second', timeZone: 'Europe/Paris', isDefault: false };

async function post(headers: Record<string, string>, payload: object) {
  return t.app.inject({ method: 'POST', url: '/v2/schedules', headers, payload });
}

const defaultOf = async (userId: number) =>
  (
    await t.database.query<{ id: number | null }>(
      'SELECT default_schedule_id AS id FROM users WHERE id = $1',
      [userId],
    )
  )[0]!.id;

describe('POST /v2/schedules', () => {
  it('defaults availability to Monday–Friday 09:00–17:00 and overrides to none', async () => {
    const { headers } = await t.signedIn();
    const response = await post(headers, base);
    expect(response.statusCode).toBe(201);
    expect(json(response).data).toMatchObject({
      availability: [
        {
          days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
          startTime: '09:00',
          endTime: '17:00',
        },
      ],
      overrides: [],
    });
  });

  it('keeps an explicitly empty availability empty', async () => {
    const { headers } = await t.signedIn();
    expect(json(await post(headers, { ...base, availability: [] })).data.availability).toEqual([]);
  });

  it('leaves the default alone when isDefault is false', async () => {
    const { user, headers } = await t.signedIn();
    const created = json(await post(headers, base)).data;
    expect(created.isDefault).toBe(false);
    expect(await defaultOf(user.id)).toBe(user.defaultScheduleId);
  });

  it('makes the new schedule the default when isDefault is true', async () => {
    const { user, headers } = await t.signedIn();
    const created = json(await post(headers, { ...base, isDefault: true })).data;
    expect(created.isDefault).toBe(true);
    expect(await defaultOf(user.id)).toBe(created.id);
    const me = json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })).data;
    expect(me.defaultScheduleId).toBe(created.id);
    const old = json(
      await t.app.inject({
        method: 'GET',
        url: `/v2/schedules/${user.defaultScheduleId}`,
        headers,
      }),
    ).data;
    expect(old.isDefault).toBe(false);
  });

  it('accepts 23:59 as the end of the day and an override that closes a whole day', async () => {
    const { headers } = await t.signedIn();
    const response = await post(headers, {
      ...base,
      availability: [{ days: ['Sunday'], startTime: '00:00', endTime: '23:59' }],
      overrides: [
        { date: '2028-02-29', startTime: '12:00', endTime: '12:00' },
        { date: '2028-03-01', startTime: '22:00', endTime: '23:59' },
      ],
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('POST /v2/schedules validation', () => {
  const detailsOf = async (payload: object) => {
    const { headers } = await t.signedIn();
    const response = await post(headers, payload);
    expect(response.statusCode).toBe(422);
    expect(json(response).error.code).toBe('VALIDATION_ERROR');
    return json(response).error.details;
  };

  it('names each bad field of the weekly rules', async () => {
    const details = await detailsOf({
      ...base,
      availability: [
        { days: ['Monday'], startTime: '9:00', endTime: '17:00' },
        { days: ['Monday', 'Funday'], startTime: '09:00', endTime: '24:00' },
      ],
    });
    expect(details).toEqual([
      { field: 'availability.0.startTime', message: 'Must be a time "HH:MM" from 00:00 to 23:59' },
      { field: 'availability.1.days.1', message: expect.any(String) },
      { field: 'availability.1.endTime', message: 'Must be a time "HH:MM" from 00:00 to 23:59' },
    ]);
  });

  it('refuses a rule that ends before or when it starts', async () => {
    const details = await detailsOf({
      ...base,
      availability: [
        { days: ['Monday'], startTime: '17:00', endTime: '09:00' },
        { days: ['Tuesday'], startTime: '09:00', endTime: '09:00' },
      ],
    });
    expect(details).toEqual([
      { field: 'availability.0.endTime', message: 'Must be after startTime' },
      { field: 'availability.1.endTime', message: 'Must be after startTime' },
    ]);
  });

  it('refuses dates that do not exist and overrides that end before they start', async () => {
    const details = await detailsOf({
      ...base,
      overrides: [
        { date: '2026-02-30', startTime: '09:00', endTime: '10:00' },
        { date: '2027-02-29', startTime: '09:00', endTime: '10:00' },
        { date: '2026-13-01', startTime: '09:00', endTime: '10:00' },
        { date: '2026-1-5', startTime: '09:00', endTime: '10:00' },
        { date: '2026-06-01', startTime: '11:00', endTime: '10:00' },
      ],
    });
    const badDate = 'Must be a real calendar date "YYYY-MM-DD"';
    expect(details).toEqual([
      { field: 'overrides.0.date', message: badDate },
      { field: 'overrides.1.date', message: badDate },
      { field: 'overrides.2.date', message: badDate },
      { field: 'overrides.3.date', message: badDate },
      {
        field: 'overrides.4.endTime',
        message: 'Must be after startTime (or equal to it for a day off)',
      },
    ]);
  });

  it('requires a name, an IANA zone and isDefault', async () => {
    const details = await detailsOf({ name: ' ', timeZone: 'Mars/Olympus_Mons' });
    expect(details.map((d: { field: string }) => d.field)).toEqual([
      'name',
      'timeZone',
      'isDefault',
    ]);
    expect(details[1].message).toBe('Must be an IANA time zone such as "America/New_York"');
  });

  it('refuses a rule without days', async () => {
    expect(
      await detailsOf({
        ...base,
        availability: [{ days: [], startTime: '09:00', endTime: '10:00' }],
      }),
    ).toEqual([{ field: 'availability.0.days', message: 'Give at least one day' }]);
  });

  it('writes nothing when the body is invalid', async () => {
    const { user, headers } = await t.signedIn();
    await post(headers, { ...base, isDefault: true, timeZone: 'Nowhere/Land' });
    const rows = await t.database.query('SELECT id FROM schedules WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(await defaultOf(user.id)).toBe(user.defaultScheduleId);
  });
});
