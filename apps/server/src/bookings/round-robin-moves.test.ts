import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAt } from '../teams/testing/round-robin-fixtures';
import {
  booked,
  call,
  hostOf,
  person,
  teamEventType,
  teamOf,
  teamTestApp,
  type TestApp,
  type TestClock,
} from '../teams/testing/team-fixtures';
import { insertBooking } from '../testing/scheduling-factories';

let t: TestApp;
let clock: TestClock;
beforeAll(async () => {
  ({ t, clock } = await teamTestApp());
});
afterAll(() => t.close());

/**
 * Two round-robin bookings of one start, on two of four hosts; the other two hosts are the only
 * ones free at `later`, where the two booked hosts are busy.
 */
async function twoBookingsAndTwoFreeHosts(later: string) {
  clock.set('2026-03-01T00:00:00Z');
  const owner = await person(t, 'Owner');
  const hosts = [];
  for (const name of ['Ann', 'Ben', 'Cid', 'Dot']) hosts.push(await person(t, name));
  const team = await teamOf(t, owner, hosts);
  const eventType = await teamEventType(t, owner, team.id, {
    schedulingType: 'roundRobin',
    hosts: hosts.map((h) => ({ userId: h.user.id })),
  });
  const start = startAt(0);
  const bookings = [
    await booked(t, { eventTypeId: eventType.id, start }),
    await booked(t, {
      eventTypeId: eventType.id,
      start,
      attendee: { name: 'Joe', email: 'joe@example.com', timeZone: 'UTC' },
    }),
  ];
  const taken = bookings.map(hostOf);
  for (const hostId of taken) {
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [hostId],
      start: later,
      end: new Date(Date.parse(later) + 30 * 60_000).toISOString(),
    });
  }
  const free = hosts.map((h) => h.user.id).filter((id) => !taken.includes(id));
  return { owner, eventType, bookings, taken, free };
}

describe('round robin under the choice lock when moving bookings', () => {
  it('two simultaneous reschedules to a start with two free hosts both land, on different hosts', async () => {
    const later = startAt(4);
    const { bookings, free } = await twoBookingsAndTwoFreeHosts(later);
    const responses = await Promise.all(
      bookings.map((booking) =>
        call(t, {
          method: 'POST',
          url: `/v2/bookings/${booking.uid}/reschedule`,
          payload: { start: later },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    expect(responses.map((r) => hostOf(r.body.data)).sort()).toEqual([...free].sort());
  });

  it('two simultaneous reassignments with two other free hosts both land, on different hosts', async () => {
    const { owner, bookings, free } = await twoBookingsAndTwoFreeHosts(startAt(6));
    const responses = await Promise.all(
      bookings.map((booking) =>
        call(t, {
          method: 'POST',
          url: `/v2/bookings/${booking.uid}/reassign`,
          headers: owner.headers,
          payload: {},
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const to = responses.map((r) => r.body.data.reassignedTo.id as number);
    expect(to.sort()).toEqual([...free].sort());
    // Each reassignment took a round-robin turn: the turns add up.
    const [turns] = await t.database.query<{ turns: number }>(
      `SELECT sum(rr_turns)::int AS turns FROM event_type_hosts WHERE user_id = ANY($1::int[])`,
      [free],
    );
    expect(turns?.turns).toBe(2);
  });
});
