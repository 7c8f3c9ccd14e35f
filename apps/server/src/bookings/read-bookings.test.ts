import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from '../testing/scheduling-factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import {
  NOW,
  TUESDAY_10AM,
  book,
  bookableHost,
  booked,
  call,
  jane,
} from './testing/booking-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ now: () => NOW });
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  call(t, { method: 'GET', url, headers });

describe('GET /v2/bookings/{uid}', () => {
  it('returns the booking just created to anyone holding its uid (PRD 8.1)', async () => {
    const { eventType } = await bookableHost(t);
    const created = await book(t, {
      eventTypeId: eventType.id,
      start: TUESDAY_10AM,
      attendee: jane,
    });
    const { status, body } = await get(`/v2/bookings/${created.body.data.uid}`);
    expect(status).toBe(200);
    expect(body.data).toEqual(created.body.data);
  });

  it("returns it to its host's key, and 404 to another user's key", async () => {
    const { eventType, headers } = await bookableHost(t);
    const { uid } = await booked(t, eventType.id);
    expect((await get(`/v2/bookings/${uid}`, headers)).status).toBe(200);
    const stranger = await t.signedIn();
    const { status, body } = await get(`/v2/bookings/${uid}`, stranger.headers);
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('answers 404 for a uid that does not exist', async () => {
    expect((await get('/v2/bookings/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});

describe('GET /v2/bookings', () => {
  /** A host with four bookings on consecutive weekdays at 10:00 New York. */
  async function hostWithBookings() {
    const host = await bookableHost(t);
    const days = ['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
    const uids: string[] = [];
    for (const [i, day] of days.entries()) {
      const response = await book(t, {
        eventTypeId: host.eventType.id,
        start: `${day}T14:00:00Z`,
        attendee: { ...jane, name: `Person ${i}`, email: `person${i}@example.com` },
      });
      uids.push(response.body.data.uid);
    }
    return { ...host, uids };
  }
  const uidsOf = (body: any) => body.data.map((booking: any) => booking.uid);

  it('needs a key', async () => {
    expect((await get('/v2/bookings')).status).toBe(401);
  });

  it("lists only the caller's bookings, by start, with cursor pagination", async () => {
    const { headers, uids } = await hostWithBookings();
    await hostWithBookings();
    const first = await get('/v2/bookings?limit=3', headers);
    expect(first.status).toBe(200);
    expect(uidsOf(first.body)).toEqual(uids.slice(0, 3));
    expect(first.body.pagination).toEqual({
      cursor: expect.any(String),
      hasMore: true,
      limit: 3,
    });
    const second = await get(
      `/v2/bookings?limit=3&cursor=${first.body.pagination.cursor}`,
      headers,
    );
    expect(uidsOf(second.body)).toEqual(uids.slice(3));
    expect(second.body.pagination).toEqual({ cursor: null, hasMore: false, limit: 3 });
  });

  it("gives Cal.com's pagination object for take and skip", async () => {
    const { headers, uids } = await hostWithBookings();
    const { body } = await get('/v2/bookings?take=2&skip=1', headers);
    expect(uidsOf(body)).toEqual(uids.slice(1, 3));
    expect(body.pagination).toEqual({
      returnedItems: 2,
      totalItems: 4,
      itemsPerPage: 2,
      remainingItems: 1,
      currentPage: 1,
      totalPages: 2,
      hasNextPage: true,
      hasPreviousPage: true,
    });
  });

  it('filters by attendee, time range and event type, and sorts descending', async () => {
    const { headers, uids, eventType } = await hostWithBookings();
    const byEmail = await get('/v2/bookings?attendeeEmail=PERSON2@example.com', headers);
    expect(uidsOf(byEmail.body)).toEqual([uids[2]]);
    const byName = await get('/v2/bookings?attendeeName=person%201', headers);
    expect(uidsOf(byName.body)).toEqual([uids[1]]);
    const range = await get(
      '/v2/bookings?afterStart=2026-03-11T00:00:00Z&beforeEnd=2026-03-12T23:00:00Z&sortStart=desc',
      headers,
    );
    expect(uidsOf(range.body)).toEqual([uids[2], uids[1]]);
    const byType = await get(`/v2/bookings?eventTypeIds=${eventType.id},999999`, headers);
    expect(uidsOf(byType.body)).toEqual(uids);
    expect((await get('/v2/bookings?eventTypeId=999999', headers)).body.data).toEqual([]);
  });

  it('filters by status: upcoming, past, cancelled and unconfirmed', async () => {
    const { headers, uids, user, eventType } = await hostWithBookings();
    await call(t, { method: 'POST', url: `/v2/bookings/${uids[0]}/cancel`, payload: {} });
    const past = await insertBooking(t.database.db, {
      eventTypeId: eventType.id,
      hostIds: [user.id],
      start: '2026-02-20T14:00:00Z',
      end: '2026-02-20T14:30:00Z',
    });
    const upcoming = await get('/v2/bookings?status=upcoming', headers);
    expect(uidsOf(upcoming.body)).toEqual(uids.slice(1));
    const cancelled = await get('/v2/bookings?status=cancelled,unconfirmed', headers);
    expect(uidsOf(cancelled.body)).toEqual([uids[0]]);
    expect(uidsOf((await get('/v2/bookings?status=past', headers)).body)).toEqual([past.uid]);
  });

  it('refuses an unknown status and a cursor it did not issue (422)', async () => {
    const { headers } = await bookableHost(t);
    expect((await get('/v2/bookings?status=soon', headers)).status).toBe(422);
    const { status, body } = await get('/v2/bookings?cursor=bm9wZQ', headers);
    expect(status).toBe(422);
    expect(body.error.details[0].field).toBe('cursor');
  });
});
