import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  membershipIdOf,
  ok,
  person,
  teamOf,
  type Person,
} from '../teams/testing/team-fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { allowPrivateWebhookUrls: true } });
});
afterAll(() => t.close());

const hook = { subscriberUrl: 'http://127.0.0.1:9/team-hook', triggers: ['BOOKING_CREATED'] };

/** A team with an owner, an admin, a member, an invited (not accepted) user and an outsider. */
async function teamWithEveryRole() {
  const owner = await person(t, 'Olga');
  const [admin, member, invited, outsider] = [
    await person(t, 'Adam'),
    await person(t, 'Mia'),
    await person(t, 'Ivy'),
    await person(t, 'Otto'),
  ];
  const team = await teamOf(t, owner, [member]);
  const add = (who: Person, role: string, accepted: boolean) =>
    ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: owner.headers,
      payload: { userId: who.user.id, role, accepted },
    });
  await add(admin, 'ADMIN', true);
  await add(invited, 'ADMIN', false);
  return { owner, admin, member, invited, outsider, team, base: `/v2/teams/${team.id}/webhooks` };
}

const as = (who: Person, method: string, url: string, payload?: object) =>
  call(t, { method, url, headers: who.headers, ...(payload ? { payload } : {}) });

describe('/v2/teams/{teamId}/webhooks', () => {
  it('lets an admin create, read, list, update and delete a team webhook; the secret is shown once', async () => {
    const { admin, team, base } = await teamWithEveryRole();
    const created = await as(admin, 'POST', base, {
      subscriberUrl: hook.subscriberUrl,
      eventTriggers: ['BOOKING_CREATED', 'BOOKING_CANCELLED'],
      payloadTemplate: '{"uid":"{{uid}}"}',
    });
    expect(created.status).toBe(201);
    const webhook = created.body.data;
    expect(webhook).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      userId: admin.user.id,
      eventTypeId: null,
      teamId: team.id,
      subscriberUrl: hook.subscriberUrl,
      triggers: ['BOOKING_CREATED', 'BOOKING_CANCELLED'],
      active: true,
      payloadTemplate: '{"uid":"{{uid}}"}',
      version: '2021-10-20',
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const [row] = await t.database.query<{ team_id: number; secret: string }>(
      'SELECT team_id, secret FROM webhooks WHERE id = $1',
      [webhook.id],
    );
    expect(row).toEqual({ team_id: team.id, secret: webhook.secret });

    const read = await as(admin, 'GET', `${base}/${webhook.id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.secret).toBeUndefined();
    expect(read.body.data.teamId).toBe(team.id);

    const changed = await as(admin, 'PATCH', `${base}/${webhook.id}`, {
      active: false,
      triggers: ['BOOKING_RESCHEDULED'],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ active: false, triggers: ['BOOKING_RESCHEDULED'] });
    expect(changed.body.data.secret).toBeUndefined();
    const newSecret = await as(admin, 'PATCH', `${base}/${webhook.id}`, { secret: 'a-new-secret' });
    expect(newSecret.body.data.secret).toBe('a-new-secret');

    const deleted = await as(admin, 'DELETE', `${base}/${webhook.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data.id).toBe(webhook.id);
    expect((await as(admin, 'GET', `${base}/${webhook.id}`)).status).toBe(404);
    const rows = await t.database.query('SELECT 1 FROM webhooks WHERE id = $1', [webhook.id]);
    expect(rows).toHaveLength(0);
  });

  it("lists a team's webhooks oldest first with Cal.com's skip and take", async () => {
    const { owner, base } = await teamWithEveryRole();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const created = await as(owner, 'POST', base, {
        ...hook,
        subscriberUrl: `${hook.subscriberUrl}/${n}`,
      });
      ids.push(created.body.data.id);
    }
    const all = await as(owner, 'GET', base);
    expect(all.body.data.map((w: { id: string }) => w.id)).toEqual(ids);
    const page = await as(owner, 'GET', `${base}?skip=1&take=1`);
    expect(page.body.data.map((w: { id: string }) => w.id)).toEqual([ids[1]]);
    expect((await as(owner, 'GET', `${base}?take=0`)).status).toBe(422);
  });

  it('lets a member read the webhooks (never the secret) but change nothing; others get 404', async () => {
    const { owner, member, invited, outsider, base } = await teamWithEveryRole();
    const webhook = (await as(owner, 'POST', base, hook)).body.data;
    const one = `${base}/${webhook.id}`;

    const listed = await as(member, 'GET', base);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0].secret).toBeUndefined();
    expect((await as(member, 'GET', one)).body.data.secret).toBeUndefined();

    const forbidden = [
      await as(member, 'POST', base, { ...hook, subscriberUrl: 'http://127.0.0.1:9/mine' }),
      await as(member, 'PATCH', one, { active: false }),
      await as(member, 'DELETE', one),
      await as(member, 'GET', `${one}/deliveries`),
      await as(member, 'POST', `${one}/ping`),
    ];
    expect(forbidden.map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
    expect(forbidden[0]!.body.error.code).toBe('FORBIDDEN');

    for (const stranger of [invited, outsider]) {
      const answers = [
        await as(stranger, 'GET', base),
        await as(stranger, 'GET', one),
        await as(stranger, 'POST', base, hook),
        await as(stranger, 'PATCH', one, { active: false }),
        await as(stranger, 'DELETE', one),
        await as(stranger, 'GET', `${one}/deliveries`),
      ];
      expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
      expect(answers[1]!.body.error.code).toBe('NOT_FOUND');
      expect(JSON.stringify(answers[1]!.body)).not.toContain(webhook.id);
    }
    const [row] = await t.database.query<{ active: boolean }>(
      'SELECT active FROM webhooks WHERE id = $1',
      [webhook.id],
    );
    expect(row?.active).toBe(true);
  });

  it("keeps team and user scopes apart, and one team's webhook out of another team's routes", async () => {
    const { owner, base } = await teamWithEveryRole();
    const teamHook = (await as(owner, 'POST', base, hook)).body.data;
    const own = await as(owner, 'POST', '/v2/webhooks', hook);
    expect(own.status).toBe(201); // the same URL at another scope is another webhook

    for (const url of [
      `/v2/webhooks/${teamHook.id}`,
      `/v2/webhooks/${teamHook.id}/deliveries`,
      `/v2/webhooks/${teamHook.id}/ping`,
    ]) {
      const method = url.endsWith('/ping') ? 'POST' : 'GET';
      expect((await as(owner, method, url)).status).toBe(404);
    }
    expect(
      (await as(owner, 'PATCH', `/v2/webhooks/${teamHook.id}`, { active: false })).status,
    ).toBe(404);
    expect((await as(owner, 'DELETE', `/v2/webhooks/${teamHook.id}`)).status).toBe(404);
    const ownList = (await as(owner, 'GET', '/v2/webhooks')).body.data;
    expect(ownList.map((w: { id: string }) => w.id)).toEqual([own.body.data.id]);

    expect((await as(owner, 'GET', `${base}/${own.body.data.id}`)).status).toBe(404);
    expect((await as(owner, 'DELETE', `${base}/${own.body.data.id}`)).status).toBe(404);

    const other = await teamOf(t, owner, [], 'Support');
    const elsewhere = `/v2/teams/${other.id}/webhooks/${teamHook.id}`;
    expect((await as(owner, 'GET', elsewhere)).status).toBe(404);
    expect((await as(owner, 'GET', `/v2/teams/${other.id}/webhooks`)).body.data).toEqual([]);
  });

  it('refuses a URL the team already subscribed, a bad body and a private address', async () => {
    const { owner, base } = await teamWithEveryRole();
    expect((await as(owner, 'POST', base, hook)).status).toBe(201);
    const again = await as(owner, 'POST', base, hook);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    const noTriggers = await as(owner, 'POST', base, { subscriberUrl: hook.subscriberUrl });
    expect(noTriggers.status).toBe(422);
    expect((await as(owner, 'GET', `${base}/not-a-uuid`)).status).toBe(404);
    expect((await as(owner, 'GET', '/v2/teams/abc/webhooks')).status).toBe(422);

    const strict = await createTestApp({ database: t.database });
    try {
      const privateUrl = await strict.app.inject({
        method: 'POST',
        url: base,
        headers: owner.headers,
        payload: { ...hook, subscriberUrl: 'http://127.0.0.1:9/private' },
      });
      expect(privateUrl.statusCode).toBe(422);
    } finally {
      await strict.close();
    }
  });

  it("deletes a team's webhooks with the team, and keeps them when their creator leaves", async () => {
    const { owner, admin, team, base } = await teamWithEveryRole();
    const byAdmin = (await as(admin, 'POST', base, hook)).body.data;
    const membershipId = await membershipIdOf(t, team.id, admin);
    const removed = await as(owner, 'DELETE', `/v2/teams/${team.id}/memberships/${membershipId}`);
    expect(removed.status).toBe(200);
    const kept = await as(owner, 'GET', `${base}/${byAdmin.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.data.userId).toBe(admin.user.id);
    expect((await as(admin, 'GET', `${base}/${byAdmin.id}`)).status).toBe(404);

    expect((await as(owner, 'DELETE', `/v2/teams/${team.id}`)).status).toBe(200);
    const rows = await t.database.query('SELECT 1 FROM webhooks WHERE team_id = $1', [team.id]);
    expect(rows).toHaveLength(0);
  });
});
