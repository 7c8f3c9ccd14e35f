import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKairos, type KairosServer } from '../testing/kairos-process';
import { insertEventType, insertSchedule } from '../testing/scheduling-factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import { jane } from './testing/booking-fixtures';

const CONTENDERS = 100;

/** 11:00 or 12:00 in New York (by season) on a weekday at least a week ahead of the real clock. */
function futureWeekdayStart(): string {
  const day = new Date(Date.now() + 8 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T16:00:00.000Z`;
}

const startApiServer = (databaseUrl: string) =>
  startKairos(
    { ...process.env, DATABASE_URL: databaseUrl, KAIROS_RATE_LIMITS: 'off', LOG_LEVEL: 'warn' },
    ['--role', 'api'],
  );

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function contestedEvent() {
  const user = await t.factories.user({ timeZone: 'America/New_York' });
  const schedule = await insertSchedule(t.database.db, user.id);
  return insertEventType(t.database.db, user.id, { scheduleId: schedule.id });
}

const payload = (eventTypeId: number, start: string, i: number) => ({
  eventTypeId,
  start,
  attendee: { ...jane, email: `contender${i}@example.com` },
});

describe(`${CONTENDERS} concurrent bookings of one start`, () => {
  it('give exactly one 201 and 409 for every other, with one booking written', async () => {
    const eventType = await contestedEvent();
    const start = futureWeekdayStart();
    const responses = await Promise.all(
      Array.from({ length: CONTENDERS }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/v2/bookings',
          payload: payload(eventType.id, start, i),
        }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, ...Array<number>(CONTENDERS - 1).fill(409)]);
    const rows = await t.database.query('SELECT 1 FROM bookings WHERE event_type_id = $1', [
      eventType.id,
    ]);
    expect(rows).toHaveLength(1);
  }, 120_000);
});

// Server mode: four real `kairos start --role api` processes, each with its own connections.
if (process.env.DATABASE_URL) {
  describe(`${CONTENDERS} concurrent bookings of one start across 4 server processes`, () => {
    const servers: KairosServer[] = [];
    afterAll(() => {
      for (const server of servers) void server.stop();
    });

    it('give exactly one 201 and 409 for every other', async () => {
      const [row] = await t.database.query<{ db: string }>('SELECT current_database() AS db');
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${row!.db}`;
      // Each pushed as soon as it answers: afterAll stops those started even if another fails.
      await Promise.all(
        [1, 2, 3, 4].map(async () => servers.push(await startApiServer(url.toString()))),
      );
      const eventType = await contestedEvent();
      const start = futureWeekdayStart();
      const responses = await Promise.all(
        Array.from({ length: CONTENDERS }, async (_, i) => {
          const response = await fetch(`${servers[i % 4]!.url}/v2/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(payload(eventType.id, start, i)),
          });
          return {
            status: response.status,
            body: (await response.json()) as { error?: { code: string } },
          };
        }),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array<number>(CONTENDERS - 1).fill(409)]);
      expect(
        responses.filter((r) => r.status === 409).every((r) => r.body.error?.code === 'CONFLICT'),
      ).toBe(true);
      const rows = await t.database.query('SELECT 1 FROM bookings WHERE event_type_id = $1', [
        eventType.id,
      ]);
      expect(rows).toHaveLength(1);
    }, 180_000);
  });
}
