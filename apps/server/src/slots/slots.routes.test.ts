import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';
import {
  insertBooking,
  insertEventType,
  insertOutOfOffice,
  insertSchedule,
} from '../testing/scheduling-factories';

let t: TestApp;
let now = new Date('2026-03-01T00:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

/** A host with Mon–Fri 09:00–17:00 in `timeZone` and a 30-minute event (unless told otherwise). */
async function host(
  timeZone = 'America/New_York',
  event: Parameters<typeof insertEventType>[2] = {},
  schedule = {},
) {
  const user = await t.factories.user({ timeZone });
  const row = await insertSchedule(t.database.db, user.id, { timeZone, ...schedule });
  const eventType = await insertEventType(t.database.db, user.id, { scheduleId: row.id, ...event });
  return { user, eventType };
}

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: json(response) };
};
const slots = (eventTypeId: number, start: string, end: string, extra = '') =>
  get(`/v2/slots?eventTypeId=${eventTypeId}&start=${start}&end=${end}${extra}`);
const startsOn = (data: Record<string, Array<{ start: string }>>, date: string) =>
  (data[date] ?? []).map((slot) => slot.start.slice(11, 16));
const halfHours = (from: number, to: number) =>
  Array.from(
    { length: (to - from) * 2 },
    (_, i) => `${String(from + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
  );

describe('GET /v2/slots/available (the PRD shape)', () => {
  it('lists every local date of the window with "HH:MM:SS" starts, empty days included', async () => {
    const { eventType } = await host();
    const { status, body } = await get(
      `/v2/slots/available?eventTypeId=${eventType.id}&startTime=2026-03-09T00:00:00Z&endTime=2026-03-14T23:59:59Z&timeZone=America/New_York`,
    );
    expect(status).toBe(200);
    expect(Object.keys(body.data.slots)).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
    ]);
    expect(body.data.slots['2026-03-08']).toEqual([]);
    expect(body.data.slots['2026-03-14']).toEqual([]);
    expect(body.data.slots['2026-03-09']).toEqual(halfHours(9, 17).map((time) => `${time}:00`));
  });

  it("gives Cal.com's legacy objects with slotFormat and accepts usernameList[] with eventTypeSlug", async () => {
    const { user, eventType } = await host();
    const base = `/v2/slots/available?eventTypeSlug=${eventType.slug}&usernameList[]=${user.username}&startTime=2026-03-09&endTime=2026-03-09&timeZone=America/New_York`;
    const times = await get(`${base}&slotFormat=time`);
    expect(times.body.data.slots['2026-03-09'][0]).toEqual({
      time: '2026-03-09T09:00:00.000-04:00',
    });
    const ranges = await get(`${base}&slotFormat=range`);
    expect(ranges.body.data.slots['2026-03-09'][0]).toEqual({
      startTime: '2026-03-09T09:00:00.000-04:00',
      endTime: '2026-03-09T09:30:00.000-04:00',
    });
  });
});

describe('GET /v2/slots (Cal.com 2024-09-04)', () => {
  it('groups ISO starts by local date with the offset of each side of a DST change', async () => {
    const { eventType } = await host();
    const { body } = await slots(
      eventType.id,
      '2026-03-06',
      '2026-03-09',
      '&timeZone=America/New_York',
    );
    expect(body.data['2026-03-06'][0]).toEqual({ start: '2026-03-06T09:00:00.000-05:00' });
    expect(body.data['2026-03-09'][0]).toEqual({ start: '2026-03-09T09:00:00.000-04:00' });
    expect(body.data['2026-03-07']).toBeUndefined();
    const utc = await slots(eventType.id, '2026-03-09', '2026-03-09', '&format=range');
    expect(utc.body.data['2026-03-09'][0]).toEqual({
      start: '2026-03-09T13:00:00.000Z',
      end: '2026-03-09T13:30:00.000Z',
    });
  });

  it.each([
    [
      'America/New_York',
      '2026-10-30',
      '2026-11-02',
      '2026-10-30T13:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ],
    [
      'Europe/London',
      '2026-03-27',
      '2026-03-30',
      '2026-03-27T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ],
    [
      'Europe/London',
      '2026-10-23',
      '2026-10-26',
      '2026-10-23T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ],
    [
      'Asia/Kolkata',
      '2026-03-06',
      '2026-03-09',
      '2026-03-06T03:30:00.000Z',
      '2026-03-09T03:30:00.000Z',
    ],
    [
      'Australia/Lord_Howe',
      '2026-04-03',
      '2026-04-06',
      '2026-04-02T22:00:00.000Z',
      '2026-04-05T22:30:00.000Z',
    ],
  ])(
    'keeps 09:00 local in %s across its transition',
    async (zone, friday, monday, fridayStart, mondayStart) => {
      const { eventType } = await host(zone);
      const from = new Date(Date.parse(`${friday}T00:00:00Z`) - 86_400_000).toISOString();
      const { body } = await slots(
        eventType.id,
        from,
        `${monday}T23:00:00Z`,
        `&timeZone=${zone}&format=range`,
      );
      const first = (date: string) => new Date(body.data[date][0].start).toISOString();
      expect(first(friday)).toBe(fridayStart);
      expect(first(monday)).toBe(mondayStart);
      expect(body.data[monday]).toHaveLength(16);
    },
  );

  it('finds the event type by username and slug', async () => {
    const { user, eventType } = await host();
    const { body } = await get(
      `/v2/slots?eventTypeSlug=${eventType.slug}&username=${user.username}&start=2026-03-09&end=2026-03-09`,
    );
    expect(Object.values(body.data).flat()).toHaveLength(16);
  });

  it('subtracts bookings with both buffers (theirs and ours)', async () => {
    const { user, eventType } = await host('America/New_York', {
      beforeEventBuffer: 10,
      afterEventBuffer: 10,
    });
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [user.id],
      start: '2026-03-09T15:00:00Z',
      end: '2026-03-09T15:30:00Z',
    });
    const { body } = await slots(
      eventType.id,
      '2026-03-09',
      '2026-03-09',
      '&timeZone=America/New_York',
    );
    // Booked 11:00–11:30; ours needs 10 min clear on each side, so 10:30, 11:00 and 11:30 go.
    expect(startsOn(body.data, '2026-03-09')).toEqual(
      halfHours(9, 17).filter((s) => !['10:30', '11:00', '11:30'].includes(s)),
    );
  });

  it('lets date overrides replace a day, and an empty override close it', async () => {
    const overrides = [
      { date: '2026-03-10', startTime: '12:00', endTime: '14:00' },
      { date: '2026-03-11', startTime: '00:00', endTime: '00:00' },
      { date: '2026-03-14', startTime: '10:00', endTime: '11:00' },
    ];
    const { eventType } = await host('America/New_York', {}, { overrides });
    const { body } = await slots(
      eventType.id,
      '2026-03-10',
      '2026-03-14T23:59:59Z',
      '&timeZone=America/New_York',
    );
    expect(startsOn(body.data, '2026-03-10')).toEqual(['12:00', '12:30', '13:00', '13:30']);
    expect(body.data['2026-03-11']).toBeUndefined();
    expect(startsOn(body.data, '2026-03-14')).toEqual(['10:00', '10:30']);
  });

  it('removes out-of-office time', async () => {
    const { user, eventType } = await host();
    await insertOutOfOffice(
      t.database.db,
      user.id,
      '2026-03-11T00:00:00-05:00',
      '2026-03-12T00:00:00-05:00',
    );
    const { body } = await slots(
      eventType.id,
      '2026-03-10',
      '2026-03-12',
      '&timeZone=America/New_York',
    );
    expect(Object.keys(body.data)).toEqual(['2026-03-10', '2026-03-12']);
  });

  it('honours the minimum notice from now', async () => {
    const { eventType } = await host('America/New_York', { minimumBookingNotice: 60 });
    now = new Date('2026-03-09T14:10:00Z');
    const { body } = await slots(
      eventType.id,
      '2026-03-09',
      '2026-03-09',
      '&timeZone=America/New_York',
    );
    now = new Date('2026-03-01T00:00:00Z');
    expect(startsOn(body.data, '2026-03-09')[0]).toBe('11:30');
  });

  it('stops at the booking window and at per-day limits', async () => {
    const windowed = await host('America/New_York', {
      bookingWindow: { type: 'calendarDays', value: 10, rolling: false },
    });
    const windowBody = (
      await slots(windowed.eventType.id, '2026-03-09', '2026-03-13', '&timeZone=America/New_York')
    ).body;
    // Today in the booker's zone is Feb 28 (now is 19:00 there), so ten days end with Mar 10.
    expect(Object.keys(windowBody.data)).toEqual(['2026-03-09', '2026-03-10']);
    const limited = await host('America/New_York', { bookingLimitsCount: { day: 1 } });
    await insertBooking(t.database.db, {
      eventTypeId: limited.eventType.id,
      hostIds: [limited.user.id],
      start: '2026-03-10T14:00:00Z',
      end: '2026-03-10T14:30:00Z',
    });
    const limitBody = (
      await slots(limited.eventType.id, '2026-03-09', '2026-03-11', '&timeZone=America/New_York')
    ).body;
    expect(Object.keys(limitBody.data)).toEqual(['2026-03-09', '2026-03-11']);
  });

  it('offers only the first slot of each day when asked, and other durations from the options', async () => {
    const first = await host('America/New_York', { onlyShowFirstAvailableSlot: true });
    const firstBody = (
      await slots(first.eventType.id, '2026-03-09', '2026-03-10', '&timeZone=America/New_York')
    ).body;
    expect(Object.values(firstBody.data).map((day: any) => day.length)).toEqual([1, 1]);
    const multi = await host('America/New_York', { lengthInMinutesOptions: [30, 60] });
    const hour = (
      await slots(
        multi.eventType.id,
        '2026-03-09',
        '2026-03-09',
        '&timeZone=America/New_York&duration=60',
      )
    ).body;
    expect(startsOn(hour.data, '2026-03-09')).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
    const refused = await slots(multi.eventType.id, '2026-03-09', '2026-03-09', '&duration=45');
    expect(refused.status).toBe(422);
    expect(refused.body.error.details[0].field).toBe('duration');
  });

  it('reports seats and keeps a partly booked seated slot open', async () => {
    const { user, eventType } = await host('America/New_York', {
      seats: { seatsPerTimeSlot: 3, showAttendeeInfo: false, showAvailabilityCount: true },
    });
    const booking = await insertBooking(t.database.db, {
      eventTypeId: eventType.id,
      hostIds: [user.id],
      start: '2026-03-09T14:00:00Z',
      end: '2026-03-09T14:30:00Z',
      attendees: 2,
    });
    const { body } = await slots(
      eventType.id,
      '2026-03-09',
      '2026-03-09',
      '&timeZone=America/New_York',
    );
    const ten = body.data['2026-03-09'].find((s: { start: string }) => s.start.includes('T10:00'));
    expect(ten).toEqual({
      start: '2026-03-09T10:00:00.000-04:00',
      seatsBooked: 2,
      seatsRemaining: 1,
      seatsTotal: 3,
      bookingUid: booking.uid,
    });
    expect(body.data['2026-03-09'][0]).toMatchObject({
      seatsBooked: 0,
      seatsRemaining: 3,
      seatsTotal: 3,
    });
  });

  it('frees the time of the booking being rescheduled', async () => {
    const { user, eventType } = await host();
    const booking = await insertBooking(t.database.db, {
      eventTypeId: eventType.id,
      hostIds: [user.id],
      start: '2026-03-09T14:00:00Z',
      end: '2026-03-09T14:30:00Z',
    });
    const without = (
      await slots(eventType.id, '2026-03-09', '2026-03-09', '&timeZone=America/New_York')
    ).body;
    expect(startsOn(without.data, '2026-03-09')).not.toContain('10:00');
    const freed = (
      await slots(
        eventType.id,
        '2026-03-09',
        '2026-03-09',
        `&timeZone=America/New_York&bookingUidToReschedule=${booking.uid}`,
      )
    ).body;
    expect(startsOn(freed.data, '2026-03-09')).toContain('10:00');
  });

  it('sees bookings, overrides and out-of-office written after an earlier search', async () => {
    const { user, eventType } = await host();
    const search = async () =>
      startsOn(
        (await slots(eventType.id, '2026-03-09', '2026-03-10', '&timeZone=America/New_York')).body
          .data,
        '2026-03-09',
      );
    expect(await search()).toContain('10:00');
    await insertBooking(t.database.db, {
      eventTypeId: eventType.id,
      hostIds: [user.id],
      start: '2026-03-09T14:00:00Z',
      end: '2026-03-09T14:30:00Z',
    });
    expect(await search()).not.toContain('10:00');
    await insertOutOfOffice(t.database.db, user.id, '2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z');
    expect(await search()).toEqual([]);
  });

  it.each([
    ['end before start', 'start=2026-03-10&end=2026-03-09', 'end'],
    ['a window over three months', 'start=2026-03-01&end=2026-07-01', 'end'],
    ['an unknown zone', 'start=2026-03-09&end=2026-03-10&timeZone=Mars/Base', 'timeZone'],
    ['a malformed instant', 'start=yesterday&end=2026-03-10', 'start'],
  ])('refuses %s with 422 naming the field', async (_case, params, field) => {
    const { eventType } = await host();
    const { status, body } = await get(`/v2/slots?eventTypeId=${eventType.id}&${params}`);
    expect(status).toBe(422);
    expect(body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('needs an event type and answers 404 for an unknown one', async () => {
    expect(
      (await get('/v2/slots?start=2026-03-09&end=2026-03-10')).body.error.details[0].field,
    ).toBe('eventTypeId');
    expect((await get('/v2/slots?eventTypeId=999999&start=2026-03-09&end=2026-03-10')).status).toBe(
      404,
    );
  });
});

describe('GET /v2/slots/explain', () => {
  it('lists every reason a start is not offered, to the owner only', async () => {
    const { user, eventType } = await host('America/New_York', { afterEventBuffer: 15 });
    const key = await t.factories.apiKey(user);
    const booking = await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [user.id],
      start: '2026-03-09T14:00:00Z',
      end: '2026-03-09T14:30:00Z',
    });
    const explain = (start: string, authorization = `Bearer ${key}`) =>
      t.app.inject({
        method: 'GET',
        url: `/v2/slots/explain?eventTypeId=${eventType.id}&start=${start}`,
        headers: { authorization },
      });
    const blocked = json(await explain('2026-03-09T13:45:00Z')).data;
    expect(blocked.bookable).toBe(false);
    expect(blocked.reasons).toEqual([
      expect.objectContaining({ code: 'BOOKED', bookingUid: booking.uid }),
    ]);
    const weekend = json(await explain('2026-03-07T15:00:00Z')).data;
    expect(weekend.reasons.map((r: { code: string }) => r.code)).toEqual(['OUTSIDE_SCHEDULE']);
    const fine = json(await explain('2026-03-09T16:00:00Z')).data;
    expect(fine).toEqual({
      start: '2026-03-09T16:00:00.000Z',
      end: '2026-03-09T16:30:00.000Z',
      bookable: true,
      hostIds: [user.id],
      reasons: [],
    });
    const stranger = await t.signedIn();
    expect((await explain('2026-03-09T16:00:00Z', stranger.headers.authorization)).statusCode).toBe(
      404,
    );
  });
});
