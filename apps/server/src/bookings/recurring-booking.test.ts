import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from '../testing/scheduling-factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import { NOW, book, bookableHost, call, jane, rowsOf } from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const weekly = { frequency: 'weekly', interval: 1, occurrences: 4 };
/** Tuesday 3 March 2026, 10:00 in New York (EST); DST starts on the 8th. */
const FIRST = '2026-03-03T15:00:00.000Z';
const SERIES_STARTS = [
  FIRST,
  '2026-03-10T14:00:00.000Z',
  '2026-03-17T14:00:00.000Z',
  '2026-03-24T14:00:00.000Z',
];

const bookSeries = (eventTypeId: number, extra: object = {}) =>
  book(t, { eventTypeId, start: FIRST, attendee: jane, ...extra });

describe('POST /v2/bookings for a recurring event type', () => {
  it('books every occurrence at the same wall-clock time across DST, sharing recurringBookingUid', async () => {
    const { eventType } = await bookableHost(t, { recurrence: weekly });
    const { status, body } = await bookSeries(eventType.id);
    expect(status).toBe(201);
    expect(body.data.map((booking: any) => booking.start)).toEqual(SERIES_STARTS);
    const seriesUids = new Set(body.data.map((booking: any) => booking.recurringBookingUid));
    expect(seriesUids.size).toBe(1);
    expect(new Set(body.data.map((booking: any) => booking.uid)).size).toBe(4);
    const rows = await rowsOf(t, body.data[3].uid);
    expect(rows?.events[0]).toMatchObject({ type: 'BOOKING_CREATED' });
  });

  it('books a daily series at the same wall-clock time across the DST change', async () => {
    const { eventType } = await bookableHost(t, {
      recurrence: { frequency: 'daily', interval: 3, occurrences: 3 },
    });
    // Friday 6 March 10:00 EST, then Monday 9th and Thursday 12th at 10:00 EDT.
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: '2026-03-06T15:00:00.000Z',
      attendee: jane,
    });
    expect(status).toBe(201);
    expect(body.data.map((booking: any) => booking.start)).toEqual([
      '2026-03-06T15:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
      '2026-03-12T14:00:00.000Z',
    ]);
  });

  it('books recurrenceCount occurrences, never more than the event type allows', async () => {
    const { eventType } = await bookableHost(t, { recurrence: weekly });
    const two = await bookSeries(eventType.id, { recurrenceCount: 2 });
    expect(two.body.data).toHaveLength(2);
    const many = await bookSeries(eventType.id, { recurrenceCount: 5 });
    expect(many.status).toBe(422);
    expect(many.body.error.details[0].field).toBe('recurrenceCount');
  });

  it('books nothing and answers 409 naming the dates taken when one occurrence clashes', async () => {
    const { eventType, user } = await bookableHost(t, { recurrence: weekly });
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [user.id],
      start: SERIES_STARTS[2]!,
      end: '2026-03-17T14:30:00Z',
    });
    const { status, body } = await bookSeries(eventType.id);
    expect(status).toBe(409);
    expect(body.error.message).toContain('2026-03-17T14:00:00.000Z');
    expect(body.error.details).toEqual([expect.objectContaining({ start: SERIES_STARTS[2] })]);
    const written = await t.database.query('SELECT 1 FROM bookings WHERE event_type_id = $1', [
      eventType.id,
    ]);
    expect(written).toEqual([]);
  });
});

describe('reading and cancelling a recurring series', () => {
  it('returns every occurrence for the series uid and cancels the rest of a series', async () => {
    const { eventType, headers } = await bookableHost(t, { recurrence: weekly });
    const created = (await bookSeries(eventType.id)).body.data;
    const seriesUid = created[0].recurringBookingUid;
    const series = await call(t, { method: 'GET', url: `/v2/bookings/${seriesUid}` });
    expect(series.body.data.map((booking: any) => booking.uid)).toEqual(
      created.map((booking: any) => booking.uid),
    );
    const listed = await call(t, { method: 'GET', url: '/v2/bookings?status=recurring', headers });
    expect(listed.body.data).toHaveLength(4);

    const rest = await call(t, {
      method: 'POST',
      url: `/v2/bookings/${created[1].uid}/cancel`,
      payload: { cancelSubsequentBookings: true },
    });
    expect(rest.status).toBe(200);
    const statuses = async () =>
      (await call(t, { method: 'GET', url: `/v2/bookings/${seriesUid}` })).body.data.map(
        (booking: any) => booking.status,
      );
    expect(await statuses()).toEqual(['accepted', 'cancelled', 'cancelled', 'cancelled']);

    const all = await call(t, { method: 'DELETE', url: `/v2/bookings/${seriesUid}`, payload: {} });
    expect(all.status).toBe(200);
    expect(await statuses()).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    const again = await call(t, {
      method: 'DELETE',
      url: `/v2/bookings/${seriesUid}`,
      payload: {},
    });
    expect(again.status).toBe(409);
  });

  it('moves one occurrence and keeps it in its series', async () => {
    const { eventType } = await bookableHost(t, { recurrence: weekly });
    const created = (await bookSeries(eventType.id, { recurrenceCount: 2 })).body.data;
    const moved = await call(t, {
      method: 'POST',
      url: `/v2/bookings/${created[1].uid}/reschedule`,
      payload: { start: '2026-03-11T14:00:00Z' },
    });
    expect(moved.status).toBe(201);
    expect(moved.body.data.recurringBookingUid).toBe(created[0].recurringBookingUid);
    const series = await call(t, {
      method: 'GET',
      url: `/v2/bookings/${created[0].recurringBookingUid}`,
    });
    expect(series.body.data.map((booking: any) => [booking.start, booking.status])).toEqual([
      [FIRST, 'accepted'],
      ['2026-03-10T14:00:00.000Z', 'cancelled'],
      ['2026-03-11T14:00:00.000Z', 'accepted'],
    ]);
  });

  it("hides a series from another user's key", async () => {
    const { eventType } = await bookableHost(t, { recurrence: weekly });
    const created = (await bookSeries(eventType.id, { recurrenceCount: 2 })).body.data;
    const stranger = await t.signedIn();
    const { status } = await call(t, {
      method: 'GET',
      url: `/v2/bookings/${created[0].recurringBookingUid}`,
      headers: stranger.headers,
    });
    expect(status).toBe(404);
  });
});
