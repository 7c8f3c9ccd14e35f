import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking, insertEventType, insertSchedule } from '../testing/scheduling-factories';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
// Saturday 19:00 in New York.
const now = new Date('2026-03-01T00:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

type Schedule = Parameters<typeof insertSchedule>[2];

async function eventFor(event: Parameters<typeof insertEventType>[2] = {}, schedule?: Schedule) {
  const user = await t.factories.user({ timeZone: 'America/New_York' });
  const scheduleId = schedule ? (await insertSchedule(t.database.db, user.id, schedule)).id : null;
  const eventType = await insertEventType(t.database.db, user.id, { scheduleId, ...event });
  return { user, eventType };
}

async function startsByDate(
  eventTypeId: number,
  start: string,
  end: string,
  zone = 'America/New_York',
) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/v2/slots?eventTypeId=${eventTypeId}&start=${start}&end=${end}&timeZone=${zone}`,
  });
  expect(response.statusCode).toBe(200);
  const data = json(response).data as Record<string, Array<{ start: string }>>;
  return Object.fromEntries(
    Object.entries(data).map(([date, slots]) => [date, slots.map((s) => s.start.slice(11, 16))]),
  );
}

describe('availability precedence (PRD 3.2)', () => {
  it("falls back to the owner's default schedule, created with the user", async () => {
    const user = await t.factories.user({ timeZone: 'Europe/London' });
    const eventType = await insertEventType(t.database.db, user.id, {});
    const days = await startsByDate(eventType.id, '2026-03-09', '2026-03-09', 'Europe/London');
    expect(days['2026-03-09']).toHaveLength(16);
    expect(days['2026-03-09']![0]).toBe('09:00');
  });

  it('uses several ranges a day and reads 23:59 as midnight', async () => {
    const { eventType } = await eventFor(
      {},
      {
        availability: [
          { days: [1], startTime: '09:00', endTime: '12:00' },
          { days: [1], startTime: '13:00', endTime: '14:00' },
          { days: [2], startTime: '22:00', endTime: '23:59' },
        ],
      },
    );
    const days = await startsByDate(eventType.id, '2026-03-09T05:00:00Z', '2026-03-11T05:00:00Z');
    expect(days['2026-03-09']).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:00',
      '13:30',
    ]);
    expect(days['2026-03-10']).toEqual(['22:00', '22:30', '23:00', '23:30']);
  });
});

describe('the slot grid', () => {
  it('steps by slotInterval', async () => {
    const { eventType } = await eventFor({ slotInterval: 15 });
    const days = await startsByDate(eventType.id, '2026-03-09', '2026-03-09');
    expect(days['2026-03-09']).toHaveLength(31);
    expect(days['2026-03-09']!.slice(0, 3)).toEqual(['09:00', '09:15', '09:30']);
    expect(days['2026-03-09']!.at(-1)).toBe('16:30');
  });

  it('shifts starts by offsetStart and steps by length plus offset, as Cal.com does', async () => {
    const { eventType } = await eventFor({ offsetStart: 5 });
    const days = await startsByDate(eventType.id, '2026-03-09', '2026-03-09');
    expect(days['2026-03-09']!.slice(0, 4)).toEqual(['09:05', '09:40', '10:15', '10:50']);
    expect(days['2026-03-09']!.at(-1)).toBe('16:05');
  });
});

describe('booking windows', () => {
  it.each([
    [
      'five business days',
      { type: 'businessDays', value: 5, rolling: false },
      ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
    ],
    [
      'three bookable days, rolling',
      { type: 'calendarDays', value: 3, rolling: true },
      ['2026-03-02', '2026-03-03', '2026-03-04'],
    ],
    [
      'a fixed date range',
      { type: 'range', value: ['2026-03-04', '2026-03-05'] },
      ['2026-03-04', '2026-03-05'],
    ],
  ])('ends where %s end', async (_name, bookingWindow, dates) => {
    const { eventType } = await eventFor({ bookingWindow });
    expect(Object.keys(await startsByDate(eventType.id, '2026-03-02', '2026-03-10'))).toEqual(
      dates,
    );
  });
});

describe('booking limits', () => {
  it('closes a day once its booked minutes leave no room for another slot', async () => {
    const { user, eventType } = await eventFor({ bookingLimitsDuration: { day: 60 } });
    const book = (start: string, end: string) =>
      insertBooking(t.database.db, { eventTypeId: eventType.id, hostIds: [user.id], start, end });
    await book('2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z');
    expect(Object.keys(await startsByDate(eventType.id, '2026-03-09', '2026-03-10'))).toEqual([
      '2026-03-09',
      '2026-03-10',
    ]);
    await book('2026-03-09T15:00:00Z', '2026-03-09T15:30:00Z');
    expect(Object.keys(await startsByDate(eventType.id, '2026-03-09', '2026-03-10'))).toEqual([
      '2026-03-10',
    ]);
  });

  it("closes the owner's week (from their week start) once it holds the weekly count", async () => {
    const { user, eventType } = await eventFor({ bookingLimitsCount: { week: 2 } });
    for (const start of ['2026-03-09T14:00:00Z', '2026-03-10T14:00:00Z']) {
      const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
      await insertBooking(t.database.db, {
        eventTypeId: eventType.id,
        hostIds: [user.id],
        start,
        end,
      });
    }
    expect(Object.keys(await startsByDate(eventType.id, '2026-03-09', '2026-03-16'))).toEqual([
      '2026-03-16',
    ]);
  });
});
