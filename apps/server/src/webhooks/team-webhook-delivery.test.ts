import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  booked,
  hostOf,
  ok,
  person,
  T0,
  teamEventType,
  teamOf,
  type Person,
} from '../teams/testing/team-fixtures';
import { startBackgroundJobs } from '../jobs/background-jobs';
import { createTestApp } from '../testing/test-app';
import { startReceiver, type Receiver } from './testing/receiver';
import {
  createWebhookTestApp,
  eventually,
  TEST_RETRY_SCHEDULE,
  type WebhookTestApp,
} from './testing/webhook-harness';

let t: WebhookTestApp;
let receiver: Receiver;
const secret = 'whsec_shared_by_every_test_webhook';
beforeAll(async () => {
  t = await createWebhookTestApp({ now: () => new Date(T0) });
  receiver = await startReceiver({ secret });
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const START = '2026-03-10T09:00:00.000Z';
const TRIGGERS = ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'MEETING_STARTED'];

/** A team webhook to the receiver, tagged `?to=team-{id}` so its requests can be told apart. */
async function teamHook(admin: Person, teamId: number) {
  return ok(t, {
    method: 'POST',
    url: `/v2/teams/${teamId}/webhooks`,
    headers: admin.headers,
    payload: { subscriberUrl: `${receiver.url}?to=team-${teamId}`, triggers: TRIGGERS, secret },
  }) as Promise<{ id: string; teamId: number }>;
}

/** The requests the receiver got about one booking, in arrival order. */
const requestsAbout = (uid: string) =>
  receiver.received.filter((r) => r.body?.payload?.uid === uid);

/** Waits for `count` requests about the booking with this trigger; returns them. */
const arrived = (uid: string, trigger: string, count = 1) =>
  eventually(async () => {
    const found = requestsAbout(uid).filter((r) => r.body.triggerEvent === trigger);
    return found.length >= count ? found : undefined;
  });

const teamDeliveries = (admin: Person, teamId: number, webhookId: string) =>
  ok(t, {
    method: 'GET',
    url: `/v2/teams/${teamId}/webhooks/${webhookId}/deliveries`,
    headers: admin.headers,
  }) as Promise<Array<{ trigger: string; status: string; bookingUid: string | null }>>;

describe("a team event type's bookings go to the team's webhooks", () => {
  it('sends a round-robin booking and its cancellation to the team webhook, and to the host own webhook as well', async () => {
    const owner = await person(t, 'Rita');
    const [a, b] = [await person(t, 'Ray'), await person(t, 'Rex')];
    const team = await teamOf(t, owner, [a, b]);
    const eventType = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: a.user.id }, { userId: b.user.id }],
    });
    const webhook = await teamHook(owner, team.id);
    for (const host of [a, b]) {
      await t.subscribe(host.headers, {
        subscriberUrl: `${receiver.url}?to=user-${host.user.id}`,
        triggers: ['BOOKING_CREATED'],
        secret,
      });
    }

    const booking = await booked(t, { eventTypeId: eventType.id, start: START });
    const created = await arrived(booking.uid, 'BOOKING_CREATED', 2);
    expect(created.map((r) => r.path).sort()).toEqual(
      [`/webhooks/cal?to=team-${team.id}`, `/webhooks/cal?to=user-${hostOf(booking)}`].sort(),
    );
    // One delivery per webhook row: two webhooks, two webhook-ids, each signed and verified.
    expect(new Set(created.map((r) => r.headers['webhook-id'])).size).toBe(2);
    expect(created.every((r) => r.prdVerified)).toBe(true);
    const toTeam = created.find((r) => r.path.endsWith(`team-${team.id}`))!;
    expect(toTeam.body.payload).toMatchObject({
      uid: booking.uid,
      eventTypeId: eventType.id,
      organizer: { id: hostOf(booking) },
    });

    await ok(t, { method: 'POST', url: `/v2/bookings/${booking.uid}/cancel`, payload: {} });
    const [cancelled] = await arrived(booking.uid, 'BOOKING_CANCELLED');
    expect(cancelled!.path).toBe(`/webhooks/cal?to=team-${team.id}`);
    const log = await teamDeliveries(owner, team.id, webhook.id);
    expect(log.map((d) => [d.trigger, d.status, d.bookingUid]).sort()).toEqual(
      [
        ['BOOKING_CANCELLED', 'delivered', booking.uid],
        ['BOOKING_CREATED', 'delivered', booking.uid],
        ['MEETING_STARTED', 'cancelled', booking.uid],
      ].sort(),
    );
  });

  it('sends a collective booking and its reschedule to the team webhook', async () => {
    const owner = await person(t, 'Cleo');
    const [a, b] = [await person(t, 'Cal'), await person(t, 'Cid')];
    const team = await teamOf(t, owner, [a, b]);
    const eventType = await teamEventType(t, owner, team.id, {
      schedulingType: 'collective',
      hosts: [{ userId: a.user.id }, { userId: b.user.id }],
    });
    await teamHook(owner, team.id);

    const booking = await booked(t, { eventTypeId: eventType.id, start: START });
    const [created] = await arrived(booking.uid, 'BOOKING_CREATED');
    expect(created!.path).toBe(`/webhooks/cal?to=team-${team.id}`);
    expect(created!.body.payload.eventTypeId).toBe(eventType.id);

    const moved = await ok(t, {
      method: 'POST',
      url: `/v2/bookings/${booking.uid}/reschedule`,
      payload: { start: '2026-03-10T11:00:00.000Z' },
    });
    const [rescheduled] = await arrived(moved.uid, 'BOOKING_RESCHEDULED');
    expect(rescheduled!.path).toBe(`/webhooks/cal?to=team-${team.id}`);
    expect(rescheduled!.body.payload.rescheduleUid).toBe(booking.uid);
  });

  it("sends a booking of a managed event type's child (the member's copy) to the team webhook", async () => {
    const owner = await person(t, 'Mona');
    const member = await person(t, 'Mae');
    const team = await teamOf(t, owner, [member]);
    const template = await teamEventType(t, owner, team.id, {
      slug: `onboarding-${team.id}`,
      schedulingType: 'managed',
      hosts: [{ userId: member.user.id }],
    });
    await teamHook(owner, team.id);

    const booking = await booked(t, {
      eventTypeSlug: template.slug,
      username: member.user.username,
      start: START,
    });
    const [created] = await arrived(booking.uid, 'BOOKING_CREATED');
    expect(created!.path).toBe(`/webhooks/cal?to=team-${team.id}`);
    const childId = template.children[0].id as number;
    expect(created!.body.payload.eventTypeId).toBe(childId);
    expect(created!.body.payload.organizer.id).toBe(member.user.id);
  });

  it("does not send a team member's personal booking to the team webhook", async () => {
    const owner = await person(t, 'Pam');
    const member = await person(t, 'Pat');
    const team = await teamOf(t, owner, [member]);
    const webhook = await teamHook(owner, team.id);
    await t.subscribe(member.headers, {
      subscriberUrl: `${receiver.url}?to=user-${member.user.id}`,
      triggers: ['BOOKING_CREATED'],
      secret,
    });
    const personal = await ok(t, {
      method: 'POST',
      url: '/v2/event-types',
      headers: member.headers,
      payload: { title: 'Solo', slug: 'solo', lengthInMinutes: 30, minimumBookingNotice: 0 },
    });

    const booking = await booked(t, { eventTypeId: personal.id, start: START });
    // The member's own webhook got it: the relay has fanned this booking out (in one
    // transaction for every webhook), so a team delivery would exist by now.
    const [own] = await arrived(booking.uid, 'BOOKING_CREATED');
    expect(own!.path).toBe(`/webhooks/cal?to=user-${member.user.id}`);
    expect(requestsAbout(booking.uid)).toHaveLength(1);
    expect(await teamDeliveries(owner, team.id, webhook.id)).toEqual([]);
  });

  it('sends nothing to an inactive team webhook', async () => {
    const owner = await person(t, 'Ina');
    const member = await person(t, 'Ida');
    const team = await teamOf(t, owner, [member]);
    const eventType = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: member.user.id }],
    });
    const webhook = await teamHook(owner, team.id);
    await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/webhooks/${webhook.id}`,
      headers: owner.headers,
      payload: { active: false },
    });
    await t.subscribe(member.headers, {
      subscriberUrl: `${receiver.url}?to=user-${member.user.id}`,
      triggers: ['BOOKING_CREATED'],
      secret,
    });

    const booking = await booked(t, { eventTypeId: eventType.id, start: START });
    await arrived(booking.uid, 'BOOKING_CREATED');
    expect(requestsAbout(booking.uid).map((r) => r.path)).toEqual([
      `/webhooks/cal?to=user-${member.user.id}`,
    ]);
    expect(await teamDeliveries(owner, team.id, webhook.id)).toEqual([]);
  });
});

describe('team webhook delivery tools', () => {
  it('lets an admin ping a team webhook and replay its delivery', async () => {
    const owner = await person(t, 'Pia');
    const team = await teamOf(t, owner);
    const webhook = await teamHook(owner, team.id);
    const base = `/v2/teams/${team.id}/webhooks/${webhook.id}`;

    const ping = await ok(t, { method: 'POST', url: `${base}/ping`, headers: owner.headers });
    expect(ping).toMatchObject({ ok: true, statusCode: 200 });
    const one = await ok(t, {
      method: 'GET',
      url: `${base}/deliveries/${ping.deliveryId}`,
      headers: owner.headers,
    });
    expect(one).toMatchObject({ id: ping.deliveryId, trigger: 'PING', status: 'delivered' });

    const pings = () =>
      receiver.received.filter((r) => r.headers['webhook-id'] === ping.deliveryId);
    expect(pings()).toHaveLength(1);
    const replayed = await ok(t, {
      method: 'POST',
      url: `${base}/deliveries/${ping.deliveryId}/replay`,
      headers: owner.headers,
    });
    expect(replayed.id).toBe(ping.deliveryId);
    await eventually(async () => (pings().length === 2 ? true : undefined));

    const asUser = await t.call({
      method: 'POST',
      url: `/v2/webhooks/${webhook.id}/deliveries/${ping.deliveryId}/replay`,
      headers: owner.headers,
    });
    expect(asUser.status).toBe(404);
  });
});

describe('one relay batch with bookings of several scopes', () => {
  it('sends each booking only to the webhooks of its own team', async () => {
    // Bookings made while no relay runs are relayed together, in one batch.
    const quiet = await createTestApp({
      config: { allowPrivateWebhookUrls: true },
      now: () => new Date(T0),
    });
    const jobs: Array<{ stop: () => Promise<void> }> = [];
    try {
      const owner = await person(quiet, 'Bea');
      const member = await person(quiet, 'Bo');
      const teams = [await teamOf(quiet, owner, [member]), await teamOf(quiet, owner, [member])];
      const bookingsOf: Record<string, string> = {};
      for (const team of teams) {
        await ok(quiet, {
          method: 'POST',
          url: `/v2/teams/${team.id}/webhooks`,
          headers: owner.headers,
          payload: {
            subscriberUrl: `${receiver.url}?to=batch-${team.id}`,
            triggers: TRIGGERS,
            secret,
          },
        });
        const eventType = await teamEventType(quiet, owner, team.id, {
          schedulingType: 'roundRobin',
          hosts: [{ userId: member.user.id }],
        });
        const start = team === teams[0] ? START : '2026-03-10T10:00:00.000Z';
        bookingsOf[team.id] = (await booked(quiet, { eventTypeId: eventType.id, start })).uid;
      }
      const personal = await ok(quiet, {
        method: 'POST',
        url: '/v2/event-types',
        headers: member.headers,
        payload: { title: 'Solo', slug: 'solo', lengthInMinutes: 30, minimumBookingNotice: 0 },
      });
      const own = await booked(quiet, { eventTypeId: personal.id, start: '2026-03-11T09:00:00Z' });

      jobs.push(
        await startBackgroundJobs({
          database: quiet.database,
          config: { allowPrivateWebhookUrls: true, webhookLogDays: 30, encryptionKey: null },
          runWorkers: true,
          log: (message, error) => {
            throw new Error(`${message}: ${String(error)}`);
          },
          retrySchedule: TEST_RETRY_SCHEDULE,
          pollingIntervalSeconds: 0.5,
          now: () => new Date(T0),
        }),
      );
      for (const team of teams) {
        const [created] = await arrived(bookingsOf[team.id]!, 'BOOKING_CREATED');
        expect(created!.path).toBe(`/webhooks/cal?to=batch-${team.id}`);
      }
      // The personal booking was in the same batch: fanned out in the same transaction.
      for (const uid of Object.values(bookingsOf)) expect(requestsAbout(uid)).toHaveLength(1);
      expect(requestsAbout(own.uid)).toEqual([]);
    } finally {
      for (const runner of jobs) await runner.stop();
      await quiet.close();
    }
  });
});
