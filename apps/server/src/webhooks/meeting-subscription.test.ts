import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookableHost, booked, TUESDAY_10AM } from '../bookings/testing/booking-fixtures';
import {
  booked as teamBooked,
  hostOf,
  ok,
  person,
  teamEventType,
  teamOf,
} from '../teams/testing/team-fixtures';
import { insertBooking } from '../testing/scheduling-factories';
import { startReceiver, type Receiver } from './testing/receiver';
import { createWebhookTestApp, eventually, type WebhookTestApp } from './testing/webhook-harness';

/** A clock that runs in real time from wherever a test sets it (1 March 2026 to begin with). */
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const setClock = (at: number) => void (offsetMs = at - Date.now());
setClock(Date.parse('2026-03-01T00:00:00Z'));

const secret = 'whsec_meeting_subscription_tests';
const MEETINGS = ['MEETING_STARTED', 'MEETING_ENDED'];
const WEDNESDAY_10AM = '2026-03-11T14:00:00.000Z';

let t: WebhookTestApp;
let receiver: Receiver;
beforeAll(async () => {
  // Two bookings a scheduling job: a scope's bookings take several pages, one job each.
  t = await createWebhookTestApp({ now: clock, meetingSchedulePageSize: 2 });
  receiver = await startReceiver({ secret });
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

type Delivery = {
  id: string;
  trigger: string;
  status: string;
  bookingUid: string | null;
  nextAttemptAt: string | null;
  note: string | null;
};

const deliveriesOf = async (headers: Record<string, string>, webhookId: string) =>
  (await t.deliveries(headers, webhookId)) as Delivery[];

/** Each delivery as [booking, trigger, status, due], sorted. */
const summary = (deliveries: Delivery[], names: Record<string, string>) =>
  deliveries
    .map((d) => [names[d.bookingUid ?? ''] ?? d.bookingUid, d.trigger, d.status, d.nextAttemptAt])
    .sort((a, b) => String(a).localeCompare(String(b)));

/** Waits until the webhook has `count` deliveries in `status`; returns all its deliveries. */
const until = (headers: Record<string, string>, webhookId: string, status: string, count: number) =>
  eventually(async () => {
    const found = await deliveriesOf(headers, webhookId);
    return found.filter((d) => d.status === status).length === count ? found : undefined;
  });

const patch = (headers: Record<string, string>, webhookId: string, payload: object) =>
  t.call({ method: 'PATCH', url: `/v2/webhooks/${webhookId}`, headers, payload });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('meeting triggers for bookings made before the webhook subscribed', () => {
  it("a new webhook gets them for its scope's upcoming accepted bookings, once each", async () => {
    setClock(Date.parse('2026-03-01T00:00:00Z'));
    const host = await bookableHost(t);
    const other = await bookableHost(t);
    const first = await booked(t, host.eventType.id, TUESDAY_10AM);
    const second = await booked(t, host.eventType.id, WEDNESDAY_10AM);
    const cancelled = await booked(t, host.eventType.id, '2026-03-12T14:00:00.000Z');
    await t.call({
      method: 'POST',
      url: `/v2/bookings/${cancelled.uid}/cancel`,
      headers: host.headers,
      payload: {},
    });
    await booked(t, other.eventType.id, TUESDAY_10AM);
    await t.jobs.relay!.drain();

    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: MEETINGS,
      secret,
    });
    const scheduled = await until(host.headers, webhook.id, 'pending', 4);
    expect(summary(scheduled, { [first.uid]: 'first', [second.uid]: 'second' })).toEqual([
      ['first', 'MEETING_ENDED', 'pending', '2026-03-10T14:30:00.000Z'],
      ['first', 'MEETING_STARTED', 'pending', TUESDAY_10AM],
      ['second', 'MEETING_ENDED', 'pending', '2026-03-11T14:30:00.000Z'],
      ['second', 'MEETING_STARTED', 'pending', WEDNESDAY_10AM],
    ]);

    // A booking made now is scheduled by the relay, and not a second time by anything else.
    const later = await booked(t, host.eventType.id, '2026-03-13T14:00:00.000Z');
    const all = await until(host.headers, webhook.id, 'pending', 6);
    expect(all.filter((d) => d.bookingUid === later.uid)).toHaveLength(2);
    await pause(500);
    expect(await deliveriesOf(host.headers, webhook.id)).toHaveLength(6);
  });

  it('arrives at the start of a booking made before the webhook existed', async () => {
    const host = await bookableHost(t);
    const start = Date.parse(TUESDAY_10AM);
    setClock(start - 3_000);
    const startsAt = Date.now() + 3_000;
    const booking = await booked(t, host.eventType.id, TUESDAY_10AM);
    await t.jobs.relay!.drain();
    const from = receiver.received.length;
    await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: ['MEETING_STARTED'],
      secret,
    });
    const [request] = (await receiver.waitFor(from + 1)).slice(from);
    expect(request!.at).toBeGreaterThanOrEqual(startsAt - 50);
    expect(request!.prdVerified).toBe(true);
    expect(request!.body).toMatchObject({
      triggerEvent: 'MEETING_STARTED',
      uid: booking.uid,
      payload: { uid: booking.uid, status: 'ACCEPTED' },
    });
  });

  it('are scheduled when a PATCH adds the trigger or switches the webhook back on, and dropped when it removes it or switches it off', async () => {
    setClock(Date.parse('2026-03-01T00:00:00Z'));
    const host = await bookableHost(t);
    const booking = await booked(t, host.eventType.id, TUESDAY_10AM);
    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: ['BOOKING_CANCELLED'],
      secret,
    });
    await t.jobs.relay!.drain();
    expect(await deliveriesOf(host.headers, webhook.id)).toEqual([]);

    const added = await patch(host.headers, webhook.id, {
      triggers: ['BOOKING_CANCELLED', 'MEETING_STARTED', 'MEETING_ENDED'],
    });
    expect(added.status).toBe(200);
    await until(host.headers, webhook.id, 'pending', 2);

    await patch(host.headers, webhook.id, { triggers: ['BOOKING_CANCELLED', 'MEETING_ENDED'] });
    const removed = await deliveriesOf(host.headers, webhook.id);
    expect(summary(removed, { [booking.uid]: 'b' })).toEqual([
      ['b', 'MEETING_ENDED', 'pending', '2026-03-10T14:30:00.000Z'],
      ['b', 'MEETING_STARTED', 'cancelled', null],
    ]);
    expect(removed.find((d) => d.status === 'cancelled')!.note).toBe(
      'The webhook no longer has this trigger',
    );

    await patch(host.headers, webhook.id, { active: false });
    const off = await deliveriesOf(host.headers, webhook.id);
    expect(off.map((d) => [d.trigger, d.status, d.note]).sort()).toEqual([
      ['MEETING_ENDED', 'cancelled', 'The webhook is not active'],
      ['MEETING_STARTED', 'cancelled', 'The webhook no longer has this trigger'],
    ]);

    // Back on: new deliveries (the cancelled ones stay in the log as they were).
    await patch(host.headers, webhook.id, { active: true, triggers: MEETINGS });
    const on = await until(host.headers, webhook.id, 'pending', 2);
    expect(on).toHaveLength(4);
    expect(
      on
        .filter((d) => d.status === 'pending')
        .map((d) => d.trigger)
        .sort(),
    ).toEqual(MEETINGS.slice().sort());
  });

  it('are not sent once the webhook is deleted', async () => {
    const host = await bookableHost(t);
    const start = Date.parse(TUESDAY_10AM);
    setClock(start - 2_500);
    await booked(t, host.eventType.id, TUESDAY_10AM);
    await t.jobs.relay!.drain();
    const from = receiver.received.length;
    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: ['MEETING_STARTED'],
      secret,
    });
    await until(host.headers, webhook.id, 'pending', 1);
    const deleted = await t.call({
      method: 'DELETE',
      url: `/v2/webhooks/${webhook.id}`,
      headers: host.headers,
    });
    expect(deleted.status).toBe(200);
    await pause(Math.max(0, start - clock().getTime()) + 1_000);
    expect(receiver.received.slice(from)).toHaveLength(0);
  });

  it("an event type's webhook gets only that event type's bookings; a team's, the team's", async () => {
    setClock(Date.parse('2026-03-01T00:00:00Z'));
    const host = await bookableHost(t);
    const mine = await booked(t, host.eventType.id, TUESDAY_10AM);
    const created = await t.call({
      method: 'POST',
      url: `/v2/event-types/${host.eventType.id}/webhooks`,
      headers: host.headers,
      payload: { subscriberUrl: receiver.url, triggers: ['MEETING_STARTED'], secret },
    });
    expect(created.status).toBe(201);
    const ofType = await until(host.headers, created.body.data.id, 'pending', 1);
    expect(ofType[0]!.bookingUid).toBe(mine.uid);

    const owner = await person(t, 'Ola');
    const member = await person(t, 'Max');
    const team = await teamOf(t, owner, [member]);
    const roundRobin = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: member.user.id }],
    });
    const personal = await ok(t, {
      method: 'POST',
      url: '/v2/event-types',
      headers: member.headers,
      payload: { title: 'Solo', slug: 'solo', lengthInMinutes: 30, minimumBookingNotice: 0 },
    });
    const teamBooking = await teamBooked(t, {
      eventTypeId: roundRobin.id,
      start: '2026-03-10T09:00:00Z',
    });
    expect(hostOf(teamBooking)).toBe(member.user.id);
    await teamBooked(t, { eventTypeId: personal.id, start: '2026-03-10T10:00:00Z' });
    const teamHook = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/webhooks`,
      headers: owner.headers,
      payload: { subscriberUrl: receiver.url, triggers: ['MEETING_STARTED'], secret },
    });
    const teamDeliveries = await eventually(async () => {
      const found = (await ok(t, {
        method: 'GET',
        url: `/v2/teams/${team.id}/webhooks/${teamHook.id}/deliveries`,
        headers: owner.headers,
      })) as Delivery[];
      return found.length > 0 ? found : undefined;
    });
    await pause(300);
    expect(teamDeliveries.map((d) => [d.bookingUid, d.trigger, d.status])).toEqual([
      [teamBooking.uid, 'MEETING_STARTED', 'pending'],
    ]);
  });

  it('scopes with many upcoming bookings are scheduled by jobs, a page per job', async () => {
    setClock(Date.parse('2026-03-01T00:00:00Z'));
    const host = await bookableHost(t);
    const starts = Array.from({ length: 9 }, (_, i) => Date.parse(TUESDAY_10AM) + i * 3_600_000);
    for (const start of starts) {
      await insertBooking(t.database.db, {
        eventTypeId: host.eventType.id,
        hostIds: [host.user.id],
        start: new Date(start).toISOString(),
        end: new Date(start + 30 * 60_000).toISOString(),
      });
    }
    const webhook = await t.subscribe(host.headers, {
      subscriberUrl: receiver.url,
      triggers: MEETINGS,
      secret,
    });
    const all = await until(host.headers, webhook.id, 'pending', 18);
    expect(
      all
        .filter((d) => d.trigger === 'MEETING_STARTED')
        .map((d) => d.nextAttemptAt)
        .sort(),
    ).toEqual(starts.map((start) => new Date(start).toISOString()));
    // Nine bookings, two a page: five scheduling jobs, each enqueuing the next.
    const [jobs] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job
        WHERE name = 'webhook-meeting-schedule' AND data->>'webhookId' = $1`,
      [webhook.id],
    );
    expect(jobs!.n).toBe(5);
  });
});
