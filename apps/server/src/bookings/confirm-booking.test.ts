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

const act = (
  uid: string,
  action: 'confirm' | 'decline',
  headers: Record<string, string>,
  payload = {},
) => call(t, { method: 'POST', url: `/v2/bookings/${uid}/${action}`, payload, headers });

const policyHost = () => bookableHost(t, { confirmationPolicy: { type: 'always' } });

describe('POST /v2/bookings/{uid}/confirm and /decline', () => {
  it('confirms a pending booking: accepted, its time now blocked, the event written', async () => {
    const { eventType, headers } = await policyHost();
    const { uid } = await booked(t, eventType.id);
    const { status, body } = await act(uid, 'confirm', headers);
    expect(status).toBe(200);
    expect(body.data.status).toBe('accepted');
    const rows = await rowsOf(t, uid);
    expect(rows?.hosts[0]?.is_blocking).toBe(true);
    expect(rows?.events.map((event) => event.type)).toEqual([
      'BOOKING_REQUESTED',
      'BOOKING_CONFIRMED',
    ]);
    const clash = await book(t, { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: jane });
    expect(clash.status).toBe(409);
  });

  it('refuses to confirm a second pending booking of the same time (409), keeping it pending', async () => {
    const { eventType, headers } = await policyHost();
    const first = await booked(t, eventType.id);
    const second = await booked(t, eventType.id);
    expect((await act(first.uid, 'confirm', headers)).status).toBe(200);
    const { status, body } = await act(second.uid, 'confirm', headers);
    expect(status).toBe(409);
    expect(body.error.code).toBe('CONFLICT');
    expect((await rowsOf(t, second.uid))?.booking.status).toBe('pending');
  });

  it('declines a pending booking with a reason and frees its time', async () => {
    const { eventType, headers } = await bookableHost(t, {
      confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: true },
    });
    const { uid } = await booked(t, eventType.id);
    const { status, body } = await act(uid, 'decline', headers, { reason: 'Fully booked' });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ status: 'rejected', cancellationReason: 'Fully booked' });
    const rows = await rowsOf(t, uid);
    expect(rows?.hosts[0]?.is_blocking).toBe(false);
    expect(rows?.events.at(-1)?.type).toBe('BOOKING_REJECTED');
  });

  it('answers 409 for a booking that is not pending, 404 for a stranger and 401 without a key', async () => {
    const { eventType, headers } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    expect((await act(uid, 'confirm', headers)).status).toBe(409);
    const stranger = await t.signedIn();
    expect((await act(uid, 'decline', stranger.headers)).status).toBe(404);
    expect((await act(uid, 'confirm', {})).status).toBe(401);
  });
});

describe('POST /v2/bookings/{uid}/mark-absent', () => {
  it('records the absence of the host and of attendees by email, with its event', async () => {
    let now = NOW;
    const timed = await createTestApp({ now: () => now });
    try {
      const { eventType, headers } = await bookableHost(timed);
      const { uid } = await booked(timed, eventType.id);
      const mark = (payload: object) =>
        call(timed, { method: 'POST', url: `/v2/bookings/${uid}/mark-absent`, payload, headers });
      const early = await mark({ host: true });
      expect(early.status).toBe(422);
      now = new Date('2026-03-10T15:00:00Z');
      const { status, body } = await mark({
        host: true,
        attendees: [{ email: 'JANE@example.com', absent: true }],
      });
      expect(status).toBe(200);
      expect(body.data.absentHost).toBe(true);
      expect(body.data.attendees[0].absent).toBe(true);
      expect((await rowsOf(timed, uid))?.events.at(-1)?.type).toBe('BOOKING_NO_SHOW_UPDATED');
      const unknown = await mark({ attendees: [{ email: 'nobody@example.com', absent: true }] });
      expect(unknown.status).toBe(422);
      expect(unknown.body.error.details[0].field).toBe('attendees.0.email');
    } finally {
      await timed.close();
    }
  });
});
