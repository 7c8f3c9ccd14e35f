import { AppError, scheduleOutput, successEnvelope, userOutput } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import { createUser } from './create-user';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const countRows = async (table: 'users' | 'schedules') =>
  Number((await t.database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('createUser', () => {
  it('gives every new user a "Working hours" default schedule, Mon–Fri 09:00–17:00 in their zone', async () => {
    const user = await t.factories.user({ timeZone: 'Asia/Kolkata' });
    expect(user.defaultScheduleId).toEqual(expect.any(Number));
    const rows = await t.database.query(
      'SELECT user_id, name, time_zone, availability, overrides FROM schedules WHERE id = $1',
      [user.defaultScheduleId],
    );
    expect(rows).toEqual([
      {
        user_id: user.id,
        name: 'Working hours',
        time_zone: 'Asia/Kolkata',
        availability: [{ days: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '17:00' }],
        overrides: [],
      },
    ]);
  });

  it('shows the schedule through GET /v2/me and GET /v2/schedules/default', async () => {
    const { user, headers } = await t.signedIn({ timeZone: 'Europe/London' });
    const me = successEnvelope(userOutput).parse(
      json(await t.app.inject({ method: 'GET', url: '/v2/me', headers })),
    ).data;
    expect(me.defaultScheduleId).toBe(user.defaultScheduleId);

    const response = await t.app.inject({ method: 'GET', url: '/v2/schedules/default', headers });
    expect(response.statusCode).toBe(200);
    expect(successEnvelope(scheduleOutput).parse(json(response)).data).toEqual({
      id: me.defaultScheduleId,
      ownerId: user.id,
      name: 'Working hours',
      timeZone: 'Europe/London',
      availability: [
        {
          days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
          startTime: '09:00',
          endTime: '17:00',
        },
      ],
      isDefault: true,
      overrides: [],
    });
  });

  it('writes neither the user nor a schedule when the email is taken', async () => {
    const first = await t.factories.user();
    const [users, schedules] = [await countRows('users'), await countRows('schedules')];
    const attempt = createUser(t.database.db, {
      email: first.email.toUpperCase(),
      username: 'someone-else',
      name: 'Someone',
      timeZone: 'UTC',
    });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'email', message: 'Already taken' }],
    });
    expect([await countRows('users'), await countRows('schedules')]).toEqual([users, schedules]);
  });

  it('reports a taken username as a conflict on username', async () => {
    const first = await t.factories.user();
    await expect(
      createUser(t.database.db, {
        email: 'fresh@example.com',
        username: first.username,
        name: 'Someone',
        timeZone: 'UTC',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: [{ field: 'username' }] });
  });
});
