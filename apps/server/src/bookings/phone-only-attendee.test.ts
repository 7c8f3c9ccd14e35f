import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  call,
  jane,
  rowsOf,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const phoneOnly = { name: 'Pat Phone', timeZone: 'Europe/Riga', phoneNumber: '+37120993151' };

describe('phone-only attendees (Cal.com: email or phone required)', () => {
  it('books an attendee who gives a phone number and no email', async () => {
    const { eventType, headers } = await bookableHost(t);
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: phoneOnly,
    });
    expect(status).toBe(201);
    expect(body.data.attendees).toEqual([
      {
        name: 'Pat Phone',
        email: null,
        displayEmail: null,
        timeZone: 'Europe/Riga',
        phoneNumber: '+37120993151',
        absent: false,
      },
    ]);
    expect(body.data.title).toBe('30 Minute Meeting between John Smith and Pat Phone');
    const rows = await rowsOf(t, body.data.uid);
    expect(rows?.attendees[0]).toMatchObject({ email: null, phone_number: '+37120993151' });
    const read = await call(t, { method: 'GET', url: `/v2/bookings/${body.data.uid}`, headers });
    expect(read.body.data.attendees[0]).toMatchObject({ email: null, phoneNumber: '+37120993151' });
  });

  it('refuses an attendee with neither email nor phone (400), and a malformed phone (422)', async () => {
    const { eventType } = await bookableHost(t);
    const neither = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: { name: 'Nobody', timeZone: 'UTC' },
    });
    expect(neither.status).toBe(400);
    expect(neither.body.error).toMatchObject({
      code: 'INVALID_REQUEST',
      message: "Give the attendee's email or phoneNumber",
    });
    const badPhone = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: { ...phoneOnly, phoneNumber: '2132455256' },
    });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error.details).toEqual([
      expect.objectContaining({ field: 'attendee.phoneNumber' }),
    ]);
  });

  it('lists, reschedules and cancels phone-only bookings like any other', async () => {
    const { eventType, headers } = await bookableHost(t);
    const phone = (
      await book(t, { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: phoneOnly })
    ).body.data;
    await book(t, { eventTypeId: eventType.id, start: '2026-03-10T15:00:00Z', attendee: jane });
    const list = (query: string) =>
      call(t, { method: 'GET', url: `/v2/bookings?${query}`, headers });
    expect((await list('')).body.data).toHaveLength(2);
    const byEmail = (await list('attendeeEmail=jane@example.com')).body.data;
    expect(byEmail.map((booking: any) => booking.attendees[0].name)).toEqual(['Jane Doe']);
    expect((await list('attendeeName=pat')).body.data).toHaveLength(1);

    const moved = await call(t, {
      method: 'POST',
      url: `/v2/bookings/${phone.uid}/reschedule`,
      payload: { start: '2026-03-10T16:00:00Z' },
    });
    expect(moved.status).toBe(201);
    expect(moved.body.data.attendees[0]).toMatchObject({
      email: null,
      phoneNumber: '+37120993151',
    });
    const cancelled = await call(t, {
      method: 'POST',
      url: `/v2/bookings/${moved.body.data.uid}/cancel`,
      payload: { cancellationReason: 'No longer needed' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.status).toBe('cancelled');
  });

  it('marks a phone-only attendee absent by phone number', async () => {
    const started = new Date('2026-03-10T14:10:00Z');
    const late = await createTestApp({ now: () => started });
    try {
      const { eventType, headers } = await bookableHost(late);
      const created = await book(late, {
        eventTypeId: eventType.id,
        start: '2026-03-10T16:00:00Z',
        attendee: phoneOnly,
      });
      // Booked two hours ahead, marked once it has started: the clock moves on.
      started.setTime(Date.parse('2026-03-10T16:05:00Z'));
      const mark = (attendees: object[]) =>
        call(late, {
          method: 'POST',
          url: `/v2/bookings/${created.body.data.uid}/mark-absent`,
          headers,
          payload: { attendees },
        });
      const unknown = await mark([{ phoneNumber: '+37100000000', absent: true }]);
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details[0].field).toBe('attendees.0.phoneNumber');
      expect((await mark([{ absent: true }])).status).toBe(422);
      const marked = await mark([{ phoneNumber: '+37120993151', absent: true }]);
      expect(marked.status).toBe(200);
      expect(marked.body.data.attendees[0]).toMatchObject({
        phoneNumber: '+37120993151',
        absent: true,
      });
      const rows = await rowsOf(late, created.body.data.uid);
      expect(rows?.events.at(-1)).toMatchObject({
        type: 'BOOKING_NO_SHOW_UPDATED',
        payload: { attendees: [{ email: null, phoneNumber: '+37120993151', absent: true }] },
      });
    } finally {
      await late.close();
    }
  });

  it('seats and moves a phone-only attendee of a seated event type', async () => {
    const { eventType } = await bookableHost(t, {
      seats: { seatsPerTimeSlot: 2, showAttendeeInfo: false, showAvailabilityCount: true },
    });
    await book(t, { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: jane });
    const seat = (
      await book(t, { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: phoneOnly })
    ).body.data;
    expect(seat.attendees).toEqual([
      expect.objectContaining({ email: null, phoneNumber: '+37120993151' }),
    ]);
    const moved = await call(t, {
      method: 'POST',
      url: `/v2/bookings/${seat.uid}/reschedule`,
      payload: { start: '2026-03-10T15:00:00Z', seatUid: seat.seatUid },
    });
    expect(moved.status).toBe(201);
    expect(moved.body.data.attendees).toEqual([
      expect.objectContaining({ email: null, phoneNumber: '+37120993151' }),
    ]);
  });
});
