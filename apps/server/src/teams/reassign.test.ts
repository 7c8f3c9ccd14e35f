import { reassignBookingOutput, successEnvelope } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from '../testing/scheduling-factories';
import {
  booked,
  call,
  hostOf,
  ok,
  outboxOf,
  person,
  slotStarts,
  teamEventType,
  teamOf,
  teamTestApp,
  type Person,
  type TestApp,
} from './testing/team-fixtures';

let t: TestApp;
beforeAll(async () => {
  ({ t } = await teamTestApp());
});
afterAll(() => t.close());

const START = '2026-03-10T09:00:00.000Z';

async function roundRobinBooking() {
  const owner = await person(t, 'Rita');
  const [a, b, c] = [await person(t, 'Ray'), await person(t, 'Rex'), await person(t, 'Roy')];
  const team = await teamOf(t, owner, [a, b, c]);
  const eventType = await teamEventType(t, owner, team.id, {
    schedulingType: 'roundRobin',
    hosts: [a, b, c].map((p) => ({ userId: p.user.id })),
  });
  const booking = await booked(t, { eventTypeId: eventType.id, start: START });
  const people = [a, b, c];
  const current = people.find((p) => p.user.id === hostOf(booking))!;
  const others = people.filter((p) => p !== current);
  return { owner, team, eventType, booking, current, others, outsider: await person(t, 'Ron') };
}

const reassign = (uid: string, headers: Record<string, string>, userId?: number) =>
  call(t, {
    method: 'POST',
    url: `/v2/bookings/${uid}/reassign${userId === undefined ? '' : `/${userId}`}`,
    headers,
    payload: { reason: 'Out sick' },
  });

const hostRows = (uid: string) =>
  t.database.query<{ user_id: number; is_blocking: boolean; is_round_robin_turn: boolean }>(
    `SELECT h.user_id, h.is_blocking, h.is_round_robin_turn FROM booking_hosts h
     JOIN bookings b ON b.id = h.booking_id WHERE b.uid = $1`,
    [uid],
  );

describe('POST /v2/bookings/{uid}/reassign', () => {
  it('hands the booking to the next eligible host, frees the old one and writes the event', async () => {
    const { owner, eventType, booking, current, others } = await roundRobinBooking();
    // One of the others is busy then: the next eligible host is the remaining one.
    const [busy, free] = others as [Person, Person];
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [busy.user.id],
      start: START,
      end: '2026-03-10T09:30:00.000Z',
    });
    const { status, body } = await reassign(booking.uid, owner.headers);
    expect(status).toBe(200);
    expect(successEnvelope(reassignBookingOutput).parse(body).data).toEqual({
      bookingUid: booking.uid,
      reassignedTo: {
        id: free.user.id,
        name: free.user.name,
        email: free.user.email,
        displayEmail: free.user.email,
      },
    });
    expect(await hostRows(booking.uid)).toEqual([
      { user_id: free.user.id, is_blocking: true, is_round_robin_turn: true },
    ]);
    const read = await ok(t, { method: 'GET', url: `/v2/bookings/${booking.uid}` });
    expect(read.hosts.map((h: { id: number }) => h.id)).toEqual([free.user.id]);
    expect(read.title).toContain(free.user.name);
    const events = await outboxOf(t, booking.uid);
    expect(events.map((e) => e.type)).toEqual(['BOOKING_CREATED', 'BOOKING_REASSIGNED']);
    expect(events[1]!.payload).toMatchObject({
      uid: booking.uid,
      status: 'accepted',
      start: START,
      hostIds: [free.user.id],
      fromHostId: current.user.id,
      toHostId: free.user.id,
      reason: 'Out sick',
    });
    // The old host is free again at that time for their other work.
    const solo = await teamEventType(t, owner, eventType.teamId, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: current.user.id }],
    });
    expect(await slotStarts(t, `eventTypeId=${solo.id}`, '2026-03-10')).toContain(START);
  });

  it('hands it to a named host (admins only, no turn); 409 when that host is busy', async () => {
    const { owner, booking, current, others } = await roundRobinBooking();
    const [target, busy] = others as [Person, Person];
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [busy.user.id],
      start: START,
      end: '2026-03-10T09:30:00.000Z',
    });
    const byHost = await reassign(booking.uid, current.headers, target.user.id);
    expect(byHost.status).toBe(403);
    const toBusy = await reassign(booking.uid, owner.headers, busy.user.id);
    expect(toBusy.status).toBe(409);
    const toSelf = await reassign(booking.uid, owner.headers, current.user.id);
    expect(toSelf.status).toBe(422);
    const toOwner = await reassign(booking.uid, owner.headers, owner.user.id);
    expect(toOwner.status).toBe(422);
    expect(toOwner.body.error.details[0].field).toBe('userId');
    const done = await reassign(booking.uid, owner.headers, target.user.id);
    expect(done.status).toBe(200);
    expect(await hostRows(booking.uid)).toEqual([
      { user_id: target.user.id, is_blocking: true, is_round_robin_turn: false },
    ]);
  });

  it("lets the booking's host pass it on, hides it from anyone else, and refuses other kinds", async () => {
    const { booking, current, others, outsider } = await roundRobinBooking();
    const stranger = await reassign(booking.uid, outsider.headers);
    expect(stranger.status).toBe(404);
    const notHost = await reassign(booking.uid, others[0]!.headers);
    expect(notHost.status).toBe(404);
    const byHost = await reassign(booking.uid, current.headers);
    expect(byHost.status).toBe(200);
    expect(others.map((p) => p.user.id)).toContain(byHost.body.data.reassignedTo.id);

    const solo = await person(t, 'Sol');
    const personal = await ok(t, {
      method: 'POST',
      url: '/v2/event-types',
      headers: solo.headers,
      payload: { title: 'Solo', slug: 'solo', lengthInMinutes: 30, minimumBookingNotice: 0 },
    });
    const own = await booked(t, { eventTypeId: personal.id, start: START });
    const notRoundRobin = await reassign(own.uid, solo.headers);
    expect(notRoundRobin.status).toBe(422);
  });

  it('is 409 when no other host is free', async () => {
    const { owner, booking, others } = await roundRobinBooking();
    for (const other of others) {
      await insertBooking(t.database.db, {
        eventTypeId: null,
        hostIds: [other.user.id],
        start: START,
        end: '2026-03-10T09:30:00.000Z',
      });
    }
    const { status, body } = await reassign(booking.uid, owner.headers);
    expect(status).toBe(409);
    expect(body.error.message).toBe('No other host is free at this time');
  });
});
