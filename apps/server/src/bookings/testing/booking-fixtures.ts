import type { InjectOptions } from 'fastify';
import { insertEventType, insertSchedule } from '../../testing/scheduling-factories';
import { json, type TestApp } from '../../testing/test-app';

/** Tests run at this instant: Sunday 1 March 2026, 00:00 UTC. */
export const NOW = new Date('2026-03-01T00:00:00Z');
/** Tuesday 10 March 2026, 10:00 in New York (EDT): inside Mon–Fri 09:00–17:00. */
export const TUESDAY_10AM = '2026-03-10T14:00:00.000Z';

export const jane = { name: 'Jane Doe', email: 'jane@example.com', timeZone: 'America/New_York' };

/** A host with a key, Mon–Fri 09:00–17:00 New York, and a 30-minute event (unless told). */
export async function bookableHost(t: TestApp, event: Parameters<typeof insertEventType>[2] = {}) {
  const host = await t.signedIn({ timeZone: 'America/New_York', name: 'John Smith' });
  const schedule = await insertSchedule(t.database.db, host.user.id);
  const eventType = await insertEventType(t.database.db, host.user.id, {
    title: '30 Minute Meeting',
    scheduleId: schedule.id,
    ...event,
  });
  return { ...host, eventType };
}

/** Sends a request and returns status and parsed body. */
export async function call(t: TestApp, request: InjectOptions) {
  const response = await t.app.inject(request);
  return { status: response.statusCode, body: json(response) };
}

/** POST /v2/bookings. */
export const book = (t: TestApp, payload: object, headers: Record<string, string> = {}) =>
  call(t, { method: 'POST', url: '/v2/bookings', payload, headers });

/** Books the event type for Jane at the start; returns the created booking's data. */
export async function booked(t: TestApp, eventTypeId: number, start = TUESDAY_10AM) {
  const response = await book(t, { eventTypeId, start, attendee: jane });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.data;
}

/** The rows written for a booking: itself, its attendees, host rows and outbox events. */
export async function rowsOf(t: TestApp, uid: string) {
  const [booking] = await t.database.query<Record<string, any>>(
    'SELECT * FROM bookings WHERE uid = $1',
    [uid],
  );
  if (!booking) return undefined;
  const of = (table: string, order: string) =>
    t.database.query<Record<string, any>>(
      `SELECT * FROM ${table} WHERE booking_id = $1 ORDER BY ${order}`,
      [booking.id],
    );
  return {
    booking,
    attendees: await of('booking_attendees', 'id'),
    hosts: await of('booking_hosts', 'user_id'),
    events: await of('booking_events', 'id'),
  };
}

/** How many bookings exist (all users). */
export async function countBookings(t: TestApp): Promise<number> {
  const [row] = await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM bookings');
  return row?.n ?? 0;
}

/** Whether GET /v2/slots (UTC) offers the start: what a booker would see next. */
export async function isOffered(t: TestApp, eventTypeId: number, start: string) {
  const day = start.slice(0, 10);
  const { body } = await call(t, {
    method: 'GET',
    url: `/v2/slots?eventTypeId=${eventTypeId}&start=${day}&end=${day}`,
  });
  const slots = (body.data[day] ?? []) as Array<{ start: string }>;
  return slots.some((slot) => Date.parse(slot.start) === Date.parse(start));
}
