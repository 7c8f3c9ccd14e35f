import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { NOW, bookableHost, booked, call, isOffered, rowsOf } from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const reschedule = (
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

describe('POST /v2/bookings/{uid}/reschedule and PATCH /v2/bookings/{uid}', () => {
  it('moves the booking to a new uid and leaves the old one cancelled, pointing to it', async () => {
    const { eventType } = await bookableHost(t);
    const old = await booked(t, eventType.id, '2026-03-10T14:00:00Z');
    const { status, body } = await reschedule(old.uid, {
      start: '2026-03-11T15:00:00Z',
      reschedulingReason: 'Conflict',
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      start: '2026-03-11T15:00:00.000Z',
      end: '2026-03-11T15:30:00.000Z',
      status: 'accepted',
      rescheduledFromUid: old.uid,
      reschedulingReason: 'Conflict',
      attendees: old.attendees,
      host: old.host,
    });
    expect(body.data.uid).not.toBe(old.uid);
    const before = await rowsOf(t, old.uid);
    expect(before?.booking).toMatchObject({
      status: 'cancelled',
      rescheduled_to_uid: body.data.uid,
    });
    expect(before?.hosts[0]?.is_blocking).toBe(false);
    expect(await isOffered(t, eventType.id, '2026-03-10T14:00:00Z')).toBe(true);
    expect(await isOffered(t, eventType.id, '2026-03-11T15:00:00Z')).toBe(false);
    const after = await rowsOf(t, body.data.uid);
    expect(after?.hosts[0]?.is_blocking).toBe(true);
    expect(after?.events.map((event) => event.type)).toEqual(['BOOKING_RESCHEDULED']);
  });

  it('moves a booking by 15 minutes inside its own buffers (PATCH, the PRD verb)', async () => {
    const { eventType, headers } = await bookableHost(t, {
      slotInterval: 15,
      beforeEventBuffer: 30,
      afterEventBuffer: 30,
    });
    const old = await booked(t, eventType.id, '2026-03-10T14:00:00Z');
    const { status, body } = await reschedule(
      old.uid,
      { start: '2026-03-10T14:15:00Z' },
      headers,
      'PATCH',
    );
    expect(status).toBe(201);
    expect(body.data.start).toBe('2026-03-10T14:15:00.000Z');
    expect(body.data.rescheduledByEmail).toBeDefined();
  });

  it("answers 409 onto another booking's time and keeps the booking where it was", async () => {
    const { eventType } = await bookableHost(t);
    const old = await booked(t, eventType.id, '2026-03-10T14:00:00Z');
    await booked(t, eventType.id, '2026-03-10T16:00:00Z');
    const { status } = await reschedule(old.uid, { start: '2026-03-10T16:00:00Z' });
    expect(status).toBe(409);
    const rows = await rowsOf(t, old.uid);
    expect(rows?.booking.status).toBe('accepted');
    expect(rows?.hosts[0]?.is_blocking).toBe(true);
  });

  it('answers 422 for a time the event does not offer, and 409 for a cancelled booking', async () => {
    const { eventType } = await bookableHost(t);
    const old = await booked(t, eventType.id);
    const past = await reschedule(old.uid, { start: '2026-02-24T14:00:00Z' });
    expect(past.status).toBe(422);
    expect(past.body.error.details[0].reason.code).toBe('IN_THE_PAST');
    const moved = await reschedule(old.uid, { start: '2026-03-12T14:00:00Z' });
    const again = await reschedule(old.uid, { start: '2026-03-13T14:00:00Z' });
    expect(again.status).toBe(409);
    expect((await rowsOf(t, moved.body.data.uid))?.booking.status).toBe('accepted');
  });

  it("answers 404 to another user's key", async () => {
    const { eventType } = await bookableHost(t);
    const old = await booked(t, eventType.id);
    const stranger = await t.signedIn();
    const { status } = await reschedule(
      old.uid,
      { start: '2026-03-12T14:00:00Z' },
      stranger.headers,
    );
    expect(status).toBe(404);
  });
});
