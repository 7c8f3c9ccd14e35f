/**
 * A request whose rows another request changes at the same moment gets the documented 409
 * (retry), not a 500, even where its handler did not foresee the clash. PostgreSQL only: the
 * embedded database runs one transaction at a time, so the clash cannot happen there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function eventTypeToDelete(headers: Record<string, string>, slug: string) {
  const created = await t.app.inject({
    method: 'POST',
    url: '/v2/event-types',
    headers,
    payload: { title: 'Gone', slug, lengthInMinutes: 30, minimumBookingNotice: 0 },
  });
  return json(created).data.id as number;
}

function nextMondayAtTen(): string {
  const monday = new Date();
  monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
  monday.setUTCHours(10, 0, 0, 0);
  return monday.toISOString();
}

const attendee = { name: 'Late', email: 'late@example.com', timeZone: 'UTC' };

describe('a row deleted while a request that refers to it is writing', () => {
  it('answers 404 when the deletion came first (both databases)', async () => {
    const { headers } = await t.signedIn({ timeZone: 'UTC' });
    const eventTypeId = await eventTypeToDelete(headers, 'gone-before');
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/v2/event-types/${eventTypeId}`,
      headers,
    });
    expect(deleted.statusCode).toBe(200);
    const response = await t.app.inject({
      method: 'POST',
      url: '/v2/bookings',
      payload: { eventTypeId, start: nextMondayAtTen(), attendee },
    });
    expect(response.statusCode).toBe(404);
    expect(json(response).error.code).toBe('NOT_FOUND');
  });

  it.runIf(process.env.DATABASE_URL)(
    'answers 409 CONFLICT: a booking of an event type deleted meanwhile',
    async () => {
      const { headers } = await t.signedIn({ timeZone: 'UTC' });
      const eventTypeId = await eventTypeToDelete(headers, 'gone-meanwhile');

      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let reportDeleted!: () => void;
      const deleted = new Promise<void>((resolve) => (reportDeleted = resolve));
      const deleter = t.database.withSession(async (session) => {
        await session.exec('BEGIN');
        await session.query('DELETE FROM event_types WHERE id = $1', [eventTypeId]);
        reportDeleted();
        await gate;
        await session.exec('COMMIT');
      });
      await deleted;
      // The booking reads the event type as it was (not deleted yet) and then waits on its row.
      const booking = t.app.inject({
        method: 'POST',
        url: '/v2/bookings',
        payload: { eventTypeId, start: nextMondayAtTen(), attendee },
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await deleter;
      const response = await booking;
      expect(response.statusCode).toBe(409);
      expect(json(response).error.code).toBe('CONFLICT');
    },
  );
});
