import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  booked,
  call,
  isOffered,
  jane,
  rowsOf,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const cancel = (
  uid: string,
  payload: object = {},
  headers: Record<string, string> = {},
  how: 'DELETE' | 'POST' = 'POST',
) =>
  call(t, {
    method: how,
    url: how === 'POST' ? `/v2/bookings/${uid}/cancel` : `/v2/bookings/${uid}`,
    payload,
    headers,
  });

describe('POST /v2/bookings/{uid}/cancel and DELETE /v2/bookings/{uid}', () => {
  it("cancels with the host's key, records who and why, frees the time and writes the event", async () => {
    const { eventType, headers, user } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    expect(await isOffered(t, eventType.id, TUESDAY_10AM)).toBe(false);
    const { status, body } = await cancel(uid, { cancellationReason: 'Sick' }, headers);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      uid,
      status: 'cancelled',
      cancellationReason: 'Sick',
      cancelledByEmail: user.email,
    });
    const rows = await rowsOf(t, uid);
    expect(rows?.hosts[0]?.is_blocking).toBe(false);
    expect(rows?.events.map((event) => event.type)).toEqual([
      'BOOKING_CREATED',
      'BOOKING_CANCELLED',
    ]);
    expect(await isOffered(t, eventType.id, TUESDAY_10AM)).toBe(true);
    const again = await book(t, { eventTypeId: eventType.id, start: TUESDAY_10AM, attendee: jane });
    expect(again.status).toBe(201);
  });

  it('lets the attendee cancel with the uid alone, through DELETE (the PRD verb)', async () => {
    const { eventType } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    const { status, body } = await cancel(uid, {}, {}, 'DELETE');
    expect(status).toBe(200);
    expect(body.data.status).toBe('cancelled');
    expect(body.data).not.toHaveProperty('cancelledByEmail');
  });

  it('accepts DELETE without a body', async () => {
    const { eventType } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    const response = await t.app.inject({ method: 'DELETE', url: `/v2/bookings/${uid}` });
    expect(response.statusCode).toBe(200);
  });

  it('answers 409 when the booking is already cancelled, and changes nothing', async () => {
    const { eventType } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    await cancel(uid, { cancellationReason: 'First' });
    const { status, body } = await cancel(uid, { cancellationReason: 'Second' });
    expect(status).toBe(409);
    expect(body.error.code).toBe('CONFLICT');
    expect((await rowsOf(t, uid))?.booking.cancellation_reason).toBe('First');
  });

  it("answers 404 to another user's key and for an unknown uid", async () => {
    const { eventType } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    const stranger = await t.signedIn();
    expect((await cancel(uid, {}, stranger.headers)).status).toBe(404);
    expect((await rowsOf(t, uid))?.booking.status).toBe('accepted');
    expect((await cancel('AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});
