import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, person, T0, teamOf, type Person } from '../teams/testing/team-fixtures';
import { startReceiver, type Receiver } from './testing/receiver';
import { createWebhookTestApp, eventually, type WebhookTestApp } from './testing/webhook-harness';

let t: WebhookTestApp;
let receiver: Receiver;
const secret = 'whsec_out_of_office_tests';
beforeAll(async () => {
  t = await createWebhookTestApp({ now: () => new Date(T0) });
  receiver = await startReceiver({ secret });
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

const subscribeTeam = (admin: Person, teamId: number) =>
  ok(t, {
    method: 'POST',
    url: `/v2/teams/${teamId}/webhooks`,
    headers: admin.headers,
    payload: {
      subscriberUrl: `${receiver.url}?to=team-${teamId}`,
      triggers: ['OOO_CREATED'],
      secret,
    },
  }) as Promise<{ id: string }>;

async function outOfOffice(who: Person) {
  const entry = await t.call({
    method: 'POST',
    url: '/v2/me/ooo',
    headers: who.headers,
    payload: { start: '2026-05-04T00:00:00Z', end: '2026-05-08T00:00:00Z', reason: 'vacation' },
  });
  expect(entry.status).toBe(201);
  return entry.body.data as { uuid: string };
}

/** Requests about one out-of-office entry, by the receiver path they came to. */
const requestsAbout = (uuid: string) =>
  receiver.received.filter((r) => r.body?.payload?.oooEntry?.uuid === uuid);

describe("OOO_CREATED reaches the user's teams' webhooks", () => {
  it("sends one delivery to the user's own webhook and one to each team they are an accepted member of", async () => {
    const owner = await person(t, 'Olga');
    const member = await person(t, 'Mia');
    const sales = await teamOf(t, owner, [member], 'Sales');
    const support = await teamOf(t, owner, [member], 'Support');
    const elsewhere = await teamOf(t, owner, [], 'Elsewhere');
    const invited = await teamOf(t, owner, [], 'Invited');
    await ok(t, {
      method: 'POST',
      url: `/v2/teams/${invited.id}/memberships`,
      headers: owner.headers,
      payload: { userId: member.user.id, role: 'MEMBER', accepted: false },
    });
    const hooks = {
      sales: await subscribeTeam(owner, sales.id),
      support: await subscribeTeam(owner, support.id),
      elsewhere: await subscribeTeam(owner, elsewhere.id),
      invited: await subscribeTeam(owner, invited.id),
    };
    const own = await t.subscribe(member.headers, {
      subscriberUrl: `${receiver.url}?to=own`,
      triggers: ['OOO_CREATED'],
      secret,
    });

    const entry = await outOfOffice(member);
    const arrived = await eventually(async () => {
      const found = requestsAbout(entry.uuid);
      return found.length >= 3 ? found : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const paths = requestsAbout(entry.uuid).map((r) => r.path.split('?to=')[1]);
    expect(paths.sort()).toEqual(['own', `team-${sales.id}`, `team-${support.id}`].sort());
    for (const request of arrived) {
      expect(request.prdVerified).toBe(true);
      expect(request.body).toMatchObject({
        triggerEvent: 'OOO_CREATED',
        payload: { oooEntry: { uuid: entry.uuid, user: { id: member.user.id } } },
      });
    }
    // One delivery per webhook row, each with its own webhook-id.
    expect(new Set(arrived.map((r) => r.headers['webhook-id'])).size).toBe(3);

    const teamLog = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${sales.id}/webhooks/${hooks.sales.id}/deliveries`,
      headers: owner.headers,
    });
    expect(teamLog.map((d: { trigger: string; status: string }) => [d.trigger, d.status])).toEqual([
      ['OOO_CREATED', 'delivered'],
    ]);
    for (const quiet of [hooks.elsewhere, hooks.invited]) {
      const teamId = quiet === hooks.elsewhere ? elsewhere.id : invited.id;
      const log = await ok(t, {
        method: 'GET',
        url: `/v2/teams/${teamId}/webhooks/${quiet.id}/deliveries`,
        headers: owner.headers,
      });
      expect(log).toEqual([]);
    }
    expect(await t.deliveries(member.headers, own.id)).toHaveLength(1);
  });

  it("does not send a member's out-of-office entry to a team webhook without the trigger", async () => {
    const owner = await person(t, 'Omar');
    const member = await person(t, 'Mo');
    const team = await teamOf(t, owner, [member]);
    const hook = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/webhooks`,
      headers: owner.headers,
      payload: { subscriberUrl: receiver.url, triggers: ['BOOKING_CREATED'], secret },
    });
    const entry = await outOfOffice(member);
    await t.jobs.relay!.drain();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requestsAbout(entry.uuid)).toEqual([]);
    const log = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/webhooks/${hook.id}/deliveries`,
      headers: owner.headers,
    });
    expect(log).toEqual([]);
  });
});
