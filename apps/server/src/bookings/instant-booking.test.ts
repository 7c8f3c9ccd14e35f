import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { insertBooking } from '../testing/scheduling-factories';
import { book, bookableHost, jane, rowsOf } from './testing/booking-fixtures';

/** Tuesday 10 March 2026, 10:07:30 in New York: inside working hours, between slots. */
let now = new Date('2026-03-10T14:07:30Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => now });
});
afterAll(() => t.close());

const instantHost = () =>
  bookableHost(t, {
    isInstantEvent: true,
    minimumBookingNotice: 120,
    confirmationPolicy: { type: 'always' },
  });

describe('POST /v2/bookings with instant: true', () => {
  it('books from the next whole minute, past the notice and the slot grid, without confirmation', async () => {
    now = new Date('2026-03-10T14:07:30Z');
    const { eventType } = await instantHost();
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      instant: true,
      attendee: jane,
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      start: '2026-03-10T14:08:00.000Z',
      end: '2026-03-10T14:38:00.000Z',
      status: 'accepted',
    });
    expect((await rowsOf(t, body.data.uid))?.hosts[0]?.is_blocking).toBe(true);
  });

  it('refuses event types that are not instant (422 on instant)', async () => {
    now = new Date('2026-03-10T14:07:30Z');
    const { eventType } = await bookableHost(t);
    const { status, body } = await book(t, {
      eventTypeId: eventType.id,
      instant: true,
      attendee: jane,
    });
    expect(status).toBe(422);
    expect(body.error.details[0].field).toBe('instant');
  });

  it('answers 409 when the host is in a meeting now and 422 outside working hours', async () => {
    const { eventType, user } = await instantHost();
    await insertBooking(t.database.db, {
      eventTypeId: eventType.id,
      hostIds: [user.id],
      start: '2026-03-10T14:00:00Z',
      end: '2026-03-10T14:30:00Z',
    });
    now = new Date('2026-03-10T14:07:30Z');
    const busy = await book(t, { eventTypeId: eventType.id, instant: true, attendee: jane });
    expect(busy.status).toBe(409);
    now = new Date('2026-03-10T07:00:00Z');
    const night = await book(t, { eventTypeId: eventType.id, instant: true, attendee: jane });
    expect(night.status).toBe(422);
    expect(night.body.error.details[0].reason.code).toBe('OUTSIDE_SCHEDULE');
  });

  it('still needs a start without instant', async () => {
    const { eventType } = await instantHost();
    const { status, body } = await book(t, { eventTypeId: eventType.id, attendee: jane });
    expect(status).toBe(422);
    expect(body.error.details[0].field).toBe('start');
  });
});
