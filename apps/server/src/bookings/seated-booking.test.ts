import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { NOW, TUESDAY_10AM, book, bookableHost, call, rowsOf } from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const seated = (seatsPerTimeSlot: number, showAttendeeInfo = false) =>
  bookableHost(t, { seats: { seatsPerTimeSlot, showAttendeeInfo, showAvailabilityCount: true } });

const person = (i: number) => ({
  name: `Person ${i}`,
  email: `person${i}@example.com`,
  timeZone: 'Europe/London',
});
const takeSeat = (eventTypeId: number, i: number) =>
  book(t, { eventTypeId, start: TUESDAY_10AM, attendee: person(i) });

describe('POST /v2/bookings for a seated event type', () => {
  it('seats each booker in the one booking of the start until it is full, then 409', async () => {
    const { eventType } = await seated(3);
    const taken = [];
    for (const i of [1, 2, 3]) taken.push(await takeSeat(eventType.id, i));
    expect(taken.map((response) => response.status)).toEqual([201, 201, 201]);
    const uids = new Set(taken.map((response) => response.body.data.uid));
    expect(uids.size).toBe(1);
    const seatUids = taken.map((response) => response.body.data.seatUid);
    expect(new Set(seatUids).size).toBe(3);
    const third = taken[2]!.body.data;
    expect(third.attendees).toEqual([
      expect.objectContaining({ email: 'person3@example.com', seatUid: third.seatUid }),
    ]);
    const full = await takeSeat(eventType.id, 4);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('CONFLICT');
    const rows = await rowsOf(t, third.uid);
    expect(rows?.attendees.map((attendee) => attendee.seat_uid)).toEqual(seatUids);
    expect(rows?.hosts).toHaveLength(1);
    expect(rows?.events.map((event) => event.type)).toEqual(Array(3).fill('BOOKING_CREATED'));
  });

  it('never oversells: 30 simultaneous requests for 10 seats seat exactly 10', async () => {
    const { eventType } = await seated(10);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => takeSeat(eventType.id, i)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array<number>(10).fill(201), ...Array<number>(20).fill(409)]);
    const [count] = await t.database.query<{ bookings: number; seats: number }>(
      `SELECT count(DISTINCT b.id)::int AS bookings, count(a.id)::int AS seats
       FROM bookings b JOIN booking_attendees a ON a.booking_id = b.id WHERE b.event_type_id = $1`,
      [eventType.id],
    );
    expect(count).toEqual({ bookings: 1, seats: 10 });
  });

  it('shows other attendees only with showAttendeeInfo, and their seat uids only to hosts', async () => {
    const { eventType, headers } = await seated(3, true);
    await takeSeat(eventType.id, 1);
    const second = (await takeSeat(eventType.id, 2)).body.data;
    expect(
      second.attendees.map((attendee: any) => [attendee.email, 'seatUid' in attendee]),
    ).toEqual([
      ['person1@example.com', false],
      ['person2@example.com', true],
    ]);
    const asHost = await call(t, { method: 'GET', url: `/v2/bookings/${second.uid}`, headers });
    expect(asHost.body.data.attendees.every((attendee: any) => attendee.seatUid)).toBe(true);
  });
});

describe('cancelling a seat', () => {
  it('gives up one seat (which can be taken again) and cancels the booking with the last', async () => {
    const { eventType } = await seated(2);
    const first = (await takeSeat(eventType.id, 1)).body.data;
    const second = (await takeSeat(eventType.id, 2)).body.data;
    const cancel = (seatUid: string) =>
      call(t, { method: 'POST', url: `/v2/bookings/${first.uid}/cancel`, payload: { seatUid } });
    const gone = await cancel(first.seatUid);
    expect(gone.status).toBe(200);
    expect(gone.body.data.status).toBe('accepted');
    expect((await rowsOf(t, first.uid))?.attendees).toHaveLength(1);
    expect((await takeSeat(eventType.id, 3)).status).toBe(201);
    expect((await cancel('no-such-seat')).status).toBe(404);
    await cancel(second.seatUid);
    const last = (await rowsOf(t, first.uid))?.attendees.at(-1);
    const end = await cancel(last?.seat_uid);
    expect(end.body.data.status).toBe('cancelled');
    expect((await rowsOf(t, first.uid))?.hosts[0]?.is_blocking).toBe(false);
  });
});
