import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  booked,
  call,
  rowsOf,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

/** Tuesday 10 March 2026, 11:00 and 12:00 in New York: free starts of the test schedule. */
const ELEVEN = '2026-03-10T15:00:00.000Z';
const NOON = '2026-03-10T16:00:00.000Z';

const seated = (seatsPerTimeSlot: number) =>
  bookableHost(t, {
    seats: { seatsPerTimeSlot, showAttendeeInfo: false, showAvailabilityCount: true },
  });

const person = (i: number) => ({
  name: `Person ${i}`,
  email: `person${i}@example.com`,
  timeZone: 'Europe/London',
});

/** Takes a seat for person i; returns the booking's uid and the seat's uid. */
async function seat(eventTypeId: number, i: number, start = TUESDAY_10AM) {
  const response = await book(t, {
    eventTypeId,
    start,
    attendee: person(i),
    bookingFieldsResponses: { notes: `from ${i}` },
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return { uid: response.body.data.uid as string, seatUid: response.body.data.seatUid as string };
}

const moveSeat = (
  uid: string,
  payload: object,
  headers: Record<string, string> = {},
  how: 'PATCH' | 'POST' = 'POST',
) =>
  call(t, {
    method: how,
    url: how === 'POST' ? `/v2/bookings/${uid}/reschedule` : `/v2/bookings/${uid}`,
    payload,
    headers,
  });

describe('moving one seat: reschedule with {start, seatUid}', () => {
  it('moves only that attendee to a new booking and leaves the others where they were', async () => {
    const { eventType } = await seated(3);
    const first = await seat(eventType.id, 1);
    const second = await seat(eventType.id, 2);
    const { status, body } = await moveSeat(first.uid, {
      start: ELEVEN,
      seatUid: second.seatUid,
      reschedulingReason: 'Earlier train',
    });
    expect(status).toBe(201);
    const moved = body.data;
    expect(moved).toMatchObject({ start: ELEVEN, status: 'accepted' });
    expect(moved.uid).not.toBe(first.uid);
    expect(moved.seatUid).toEqual(expect.any(String));
    expect(moved.seatUid).not.toBe(second.seatUid);
    expect(moved.attendees).toEqual([
      expect.objectContaining({ email: 'person2@example.com', seatUid: moved.seatUid }),
    ]);
    expect(moved.bookingFieldsResponses).toMatchObject({ notes: 'from 2' });

    const old = await rowsOf(t, first.uid);
    expect(old?.booking).toMatchObject({ status: 'accepted', rescheduled_to_uid: null });
    expect(old?.attendees.map((attendee) => attendee.email)).toEqual(['person1@example.com']);
    expect(old?.hosts[0]?.is_blocking).toBe(true);
    expect(old?.events.map((event) => event.type)).toEqual(['BOOKING_CREATED', 'BOOKING_CREATED']);
    const after = await rowsOf(t, moved.uid);
    expect(after?.events.map((event) => [event.type, event.payload])).toEqual([
      [
        'BOOKING_RESCHEDULED',
        expect.objectContaining({
          uid: moved.uid,
          seatUid: moved.seatUid,
          rescheduledFromUid: first.uid,
          fromSeatUid: second.seatUid,
          start: ELEVEN,
        }),
      ],
    ]);
    // The old seat is gone: moving it again is 404, and its place can be taken.
    expect((await moveSeat(first.uid, { start: NOON, seatUid: second.seatUid })).status).toBe(404);
    expect((await seat(eventType.id, 3)).uid).toBe(first.uid);
  });

  it('joins the booking at the new start while it has a free seat, then 409', async () => {
    const { eventType } = await seated(2);
    const there = await seat(eventType.id, 1, ELEVEN);
    const a = await seat(eventType.id, 2);
    const b = await seat(eventType.id, 3);
    const joined = await moveSeat(a.uid, { start: ELEVEN, seatUid: a.seatUid }, {}, 'PATCH');
    expect(joined.status).toBe(201);
    expect(joined.body.data.uid).toBe(there.uid);
    const rows = await rowsOf(t, there.uid);
    expect(rows?.attendees.map((attendee) => attendee.email)).toEqual([
      'person1@example.com',
      'person2@example.com',
    ]);
    expect(rows?.events.at(-1)).toMatchObject({
      type: 'BOOKING_RESCHEDULED',
      payload: expect.objectContaining({ rescheduledFromUid: a.uid, status: 'accepted' }),
    });
    const full = await moveSeat(b.uid, { start: ELEVEN, seatUid: b.seatUid });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('CONFLICT');
    // Refused: the seat stays where it was.
    expect((await rowsOf(t, b.uid))?.attendees.map((attendee) => attendee.seat_uid)).toEqual([
      b.seatUid,
    ]);
  });

  it("takes the old booking along with the last seat: it ends cancelled, pointing to the seat's", async () => {
    const { eventType } = await seated(3);
    const only = await seat(eventType.id, 1);
    const { status, body } = await moveSeat(only.uid, { start: NOON, seatUid: only.seatUid });
    expect(status).toBe(201);
    expect(body.data.rescheduledFromUid).toBe(only.uid);
    const old = await rowsOf(t, only.uid);
    expect(old?.booking).toMatchObject({ status: 'cancelled', rescheduled_to_uid: body.data.uid });
    expect(old?.hosts[0]?.is_blocking).toBe(false);
    expect(old?.events.map((event) => event.type)).toEqual(['BOOKING_CREATED']);
  });

  it('lets the seat holder or a host move it; anyone else, or another seat, gets 404', async () => {
    const { eventType, headers } = await seated(3);
    const first = await seat(eventType.id, 1);
    const second = await seat(eventType.id, 2);
    const stranger = await t.signedIn();
    const asStranger = await moveSeat(
      first.uid,
      { start: ELEVEN, seatUid: first.seatUid },
      stranger.headers,
    );
    expect(asStranger.status).toBe(404);
    expect((await moveSeat(first.uid, { start: ELEVEN, seatUid: 'nope' })).status).toBe(404);
    const byHost = await moveSeat(first.uid, { start: ELEVEN, seatUid: second.seatUid }, headers);
    expect(byHost.status).toBe(201);
    expect(byHost.body.data.attendees).toEqual([
      expect.objectContaining({ email: 'person2@example.com' }),
    ]);
  });

  it('checks the new start as creating does: 422 with the reason, and never for a plain booking', async () => {
    const { eventType } = await seated(3);
    const first = await seat(eventType.id, 1);
    await seat(eventType.id, 2);
    const past = await moveSeat(first.uid, {
      start: '2026-02-10T15:00:00Z',
      seatUid: first.seatUid,
    });
    expect(past.status).toBe(422);
    expect(past.body.error.details[0].reason.code).toBe('IN_THE_PAST');
    const offSchedule = await moveSeat(first.uid, {
      start: '2026-03-10T03:00:00Z',
      seatUid: first.seatUid,
    });
    expect(offSchedule.status).toBe(422);
    expect(offSchedule.body.error.details[0].reason.code).toBe('OUTSIDE_SCHEDULE');
    const same = await moveSeat(first.uid, { start: TUESDAY_10AM, seatUid: first.seatUid });
    expect(same.status).toBe(422);
    expect((await rowsOf(t, first.uid))?.attendees).toHaveLength(2);

    const plain = await bookableHost(t);
    const booking = await booked(t, plain.eventType.id);
    const notSeated = await moveSeat(booking.uid, { start: ELEVEN, seatUid: 'x' });
    expect(notSeated.status).toBe(404);
  });

  it('moves seats crossing each other between two starts at once, both landing', async () => {
    const { eventType } = await seated(3);
    const pairs = [];
    for (let round = 0; round < 5; round++) {
      const ten = `2026-03-${16 + round}T13:00:00.000Z`;
      const eleven = `2026-03-${16 + round}T14:00:00.000Z`;
      const a = await seat(eventType.id, 1, ten);
      await seat(eventType.id, 2, ten);
      const b = await seat(eventType.id, 3, eleven);
      await seat(eventType.id, 4, eleven);
      pairs.push({ a, b, ten, eleven });
    }
    const responses = await Promise.all(
      pairs.flatMap(({ a, b, ten, eleven }) => [
        moveSeat(a.uid, { start: eleven, seatUid: a.seatUid }),
        moveSeat(b.uid, { start: ten, seatUid: b.seatUid }),
      ]),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    for (const { a, b } of pairs) {
      const emails = async (uid: string) =>
        (await rowsOf(t, uid))?.attendees.map((attendee) => attendee.email).sort();
      expect(await emails(a.uid)).toEqual(['person2@example.com', 'person3@example.com']);
      expect(await emails(b.uid)).toEqual(['person1@example.com', 'person4@example.com']);
    }
  });

  it('never oversells: seats racing from other starts for the last free seats of one', async () => {
    const { eventType } = await seated(10);
    for (const i of [1, 2, 3, 4, 5, 6, 7]) await seat(eventType.id, i, NOON);
    // Ten seats, two at each of five other starts, all moving to noon at once.
    const starts = ['13:00', '13:30', '14:00', '14:30', '15:00'].map(
      (time) => `2026-03-10T${time}:00.000Z`,
    );
    const movers = [];
    for (const [n, start] of starts.entries()) {
      movers.push(await seat(eventType.id, 20 + 2 * n, start));
      movers.push(await seat(eventType.id, 21 + 2 * n, start));
    }
    const responses = await Promise.all(
      movers.map((mover) => moveSeat(mover.uid, { start: NOON, seatUid: mover.seatUid })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array<number>(3).fill(201), ...Array<number>(7).fill(409)]);
    const [count] = await t.database.query<{ bookings: number; seats: number }>(
      `SELECT count(DISTINCT b.id)::int AS bookings, count(a.id)::int AS seats
       FROM bookings b JOIN booking_attendees a ON a.booking_id = b.id
       WHERE b.event_type_id = $1 AND b.start_at = $2 AND b.status = 'accepted'`,
      [eventType.id, NOON],
    );
    expect(count).toEqual({ bookings: 1, seats: 10 });
    const [all] = await t.database.query<{ seats: number }>(
      `SELECT count(a.id)::int AS seats FROM bookings b
       JOIN booking_attendees a ON a.booking_id = b.id
       WHERE b.event_type_id = $1 AND b.status = 'accepted'`,
      [eventType.id],
    );
    expect(all?.seats).toBe(17);
  });
});
