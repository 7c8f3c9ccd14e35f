import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  booked,
  call,
  jane,
  rowsOf,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const bookingsOf = async (eventTypeId: number) =>
  (
    await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM bookings WHERE event_type_id = $1',
      [eventTypeId],
    )
  )[0]?.n;

describe('concurrent bookings of one start', () => {
  it('lets exactly one of 10 simultaneous requests win; the other 9 get 409 and write nothing', async () => {
    const { eventType } = await bookableHost(t);
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        book(t, {
          eventTypeId: eventType.id,
          start: TUESDAY_10AM,
          attendee: { ...jane, email: `racer${i}@example.com` },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body.error).toMatchObject({
        code: 'CONFLICT',
        message: 'That time was just booked',
      });
    }
    expect(await bookingsOf(eventType.id)).toBe(1);
  });

  it('lets simultaneous requests for different starts all succeed', async () => {
    const { eventType } = await bookableHost(t);
    const starts = ['14:00', '15:00', '16:00', '17:00', '18:00'];
    const responses = await Promise.all(
      starts.map((time) =>
        book(t, { eventTypeId: eventType.id, start: `2026-03-10T${time}:00Z`, attendee: jane }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(starts.map(() => 201));
    expect(await bookingsOf(eventType.id)).toBe(5);
  });

  it('is refused by the database (409) even when the re-check cannot see the overlap', async () => {
    const { eventType } = await bookableHost(t);
    const first = await booked(t, eventType.id, '2026-03-10T14:00:00Z');
    // A host row that blocks longer than its booking says, as a booking another process is
    // committing would look: the re-check reads the booking, only the constraint sees the row.
    await t.database.query(
      `UPDATE booking_hosts SET blocked_end = blocked_end + interval '1 hour'
       WHERE booking_id = (SELECT id FROM bookings WHERE uid = $1)`,
      [first.uid],
    );
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: '2026-03-10T14:30:00Z',
      attendee: jane,
    });
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'CONFLICT', message: 'That time was just booked' });
    expect(await bookingsOf(eventType.id)).toBe(1);
    expect((await rowsOf(t, first.uid))?.hosts).toHaveLength(1);
  });

  it('lets one of two simultaneous cancels win; the other gets 409 and one event is written', async () => {
    const { eventType } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    const cancel = () =>
      call(t, { method: 'POST', url: `/v2/bookings/${uid}/cancel`, payload: {} });
    const statuses = (await Promise.all([cancel(), cancel()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const events = (await rowsOf(t, uid))?.events.map((event) => event.type);
    expect(events).toEqual(['BOOKING_CREATED', 'BOOKING_CANCELLED']);
  });

  it('lets one of two simultaneous reschedules win; the other gets 409', async () => {
    const { eventType } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    const move = (start: string) =>
      call(t, { method: 'POST', url: `/v2/bookings/${uid}/reschedule`, payload: { start } });
    const responses = await Promise.all([
      move('2026-03-11T14:00:00Z'),
      move('2026-03-12T14:00:00Z'),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await bookingsOf(eventType.id)).toBe(2);
  });

  it('books once for two identical requests sent at once with one Idempotency-Key', async () => {
    const { eventType } = await bookableHost(t);
    const send = () =>
      book(
        t,
        { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: jane },
        { 'idempotency-key': `create-${eventType.id}` },
      );
    const [first, second] = await Promise.all([send(), send()]);
    expect([first?.status, second?.status]).toEqual([201, 201]);
    expect(second?.body.data.uid).toBe(first?.body.data.uid);
    expect(await bookingsOf(eventType.id)).toBe(1);
  });
});
