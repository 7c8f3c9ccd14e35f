import type { InjectOptions } from 'fastify';
import { createTestApp, json, type TestApp } from '../../testing/test-app';

/** A clock the tests move by hand. */
export class TestClock {
  constructor(public current: Date) {}
  readonly now = () => this.current;
  set(iso: string | Date): void {
    this.current = new Date(iso);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

/** Tests run from Sunday 1 March 2026, 00:00 UTC. */
export const T0 = '2026-03-01T00:00:00.000Z';

export async function teamTestApp() {
  const clock = new TestClock(new Date(T0));
  const t = await createTestApp({ now: clock.now });
  return { t, clock };
}

export type Headers = Record<string, string>;

/** Sends a request and returns status and parsed body. */
export async function call(t: TestApp, request: InjectOptions) {
  const response = await t.app.inject(request);
  return { status: response.statusCode, body: json(response) };
}

/** A request that must succeed: returns `data`. */
export async function ok(t: TestApp, request: InjectOptions) {
  const { status, body } = await call(t, request);
  if (status >= 300) {
    const what = `${String(request.method)} ${JSON.stringify(request.url)}`;
    throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  }
  return body.data;
}

/** Working hours in UTC: every weekday 09:00–17:00 unless told otherwise. */
export async function withSchedule(
  t: TestApp,
  headers: Headers,
  availability = [
    {
      days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      startTime: '09:00',
      endTime: '17:00',
    },
  ],
) {
  return ok(t, {
    method: 'POST',
    url: '/v2/schedules',
    headers,
    payload: { name: 'Hours', timeZone: 'UTC', isDefault: true, availability },
  });
}

/** A signed-in user whose default schedule is Monday–Friday 09:00–17:00 UTC. */
export async function person(t: TestApp, name: string) {
  const username = `${name.toLowerCase().replace(/\W+/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
  return t.signedIn({ name, username, timeZone: 'UTC' });
}

export type Person = Awaited<ReturnType<typeof person>>;

/** A team owned by `owner`; each of `members` added as an accepted member (role MEMBER). */
export async function teamOf(t: TestApp, owner: Person, members: Person[] = [], name = 'Sales') {
  const team = await ok(t, {
    method: 'POST',
    url: '/v2/teams',
    headers: owner.headers,
    payload: { name, slug: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}` },
  });
  for (const member of members) {
    await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: owner.headers,
      payload: { userId: member.user.id, role: 'MEMBER', accepted: true },
    });
  }
  return team as { id: number; slug: string; name: string };
}

/** POST /v2/teams/{teamId}/event-types as `admin`; returns the created event type. */
export async function teamEventType(t: TestApp, admin: Person, teamId: number, payload: object) {
  return ok(t, {
    method: 'POST',
    url: `/v2/teams/${teamId}/event-types`,
    headers: admin.headers,
    payload: {
      title: 'Intro call',
      slug: `intro-${Math.random().toString(36).slice(2, 8)}`,
      lengthInMinutes: 30,
      minimumBookingNotice: 0,
      ...payload,
    },
  });
}

export const attendee = { name: 'Jane Doe', email: 'jane@example.com', timeZone: 'UTC' };

/** POST /v2/bookings; returns status and body. */
export const book = (t: TestApp, payload: object, headers: Headers = {}) =>
  call(t, { method: 'POST', url: '/v2/bookings', headers, payload: { attendee, ...payload } });

/** Books and returns the booking, failing the test on anything but 201. */
export async function booked(t: TestApp, payload: object, headers: Headers = {}) {
  const { status, body } = await book(t, payload, headers);
  if (status !== 201) throw new Error(`booking: ${status} ${JSON.stringify(body)}`);
  return body.data;
}

/** The host round robin (or a pin) gave the booking: its organizer. */
export const hostOf = (booking: { hosts: Array<{ id: number }> }): number => booking.hosts[0]!.id;

/** Starts of GET /v2/slots for one UTC day. */
export async function slotStarts(t: TestApp, query: string, day: string): Promise<string[]> {
  const data = await ok(t, { method: 'GET', url: `/v2/slots?${query}&start=${day}&end=${day}` });
  return ((data[day] ?? []) as Array<{ start: string }>).map((slot) =>
    new Date(slot.start).toISOString(),
  );
}

/** The outbox events written for a booking, oldest first. */
export async function outboxOf(t: TestApp, uid: string) {
  return t.database.query<{ type: string; payload: Record<string, unknown> }>(
    `SELECT e.type, e.payload FROM booking_events e JOIN bookings b ON b.id = e.booking_id
     WHERE b.uid = $1 ORDER BY e.id`,
    [uid],
  );
}

/** The team's membership rows, oldest first. */
export const membershipsOf = (t: TestApp, teamId: number) =>
  t.database.query<{ user_id: number; role: string; accepted: boolean }>(
    'SELECT user_id, role, accepted FROM memberships WHERE team_id = $1 ORDER BY id',
    [teamId],
  );

/** The id of a member's membership row in the team. */
export async function membershipIdOf(t: TestApp, teamId: number, member: Person): Promise<number> {
  const [row] = await t.database.query<{ id: number }>(
    'SELECT id FROM memberships WHERE team_id = $1 AND user_id = $2',
    [teamId, member.user.id],
  );
  return row!.id;
}

export { createTestApp, json, type TestApp };
