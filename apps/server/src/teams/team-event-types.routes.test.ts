import { successEnvelope, teamEventTypeOutput } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBooking } from '../testing/scheduling-factories';
import {
  book,
  booked,
  call,
  ok,
  person,
  slotStarts,
  teamEventType,
  teamOf,
  teamTestApp,
  type TestApp,
  membershipIdOf,
} from './testing/team-fixtures';

let t: TestApp;
beforeAll(async () => {
  ({ t } = await teamTestApp());
});
afterAll(() => t.close());

const hostIdsOf = (eventType: { hosts: Array<{ userId: number }> }) =>
  eventType.hosts.map((host) => host.userId);

describe('POST /v2/teams/{teamId}/event-types', () => {
  it("creates a round robin in Cal.com's team shape, readable by members", async () => {
    const owner = await person(t, 'Tess');
    const [a, b] = [await person(t, 'Abe'), await person(t, 'Bea')];
    const team = await teamOf(t, owner, [a, b]);
    const { status, body } = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: {
        title: 'Demo',
        slug: 'demo',
        lengthInMinutes: 45,
        schedulingType: 'ROUND_ROBIN',
        hosts: [
          { userId: a.user.id, priority: 'high', weight: 3, bookingLimitsCount: { day: 2 } },
          { userId: b.user.id, mandatory: true },
        ],
      },
    });
    expect(status).toBe(201);
    const created = successEnvelope(teamEventTypeOutput).parse(body).data;
    expect(created).toMatchObject({
      teamId: team.id,
      ownerId: null,
      schedulingType: 'roundRobin',
      assignAllTeamMembers: false,
      unlockedFields: null,
      children: [],
      team: { id: team.id, slug: team.slug, name: team.name },
      lengthInMinutes: 45,
    });
    expect(created.hosts).toEqual([
      {
        userId: a.user.id,
        name: 'Abe',
        username: a.user.username,
        mandatory: false,
        priority: 'high',
        weight: 3,
        scheduleId: null,
        bookingLimitsCount: { day: 2 },
      },
      {
        userId: b.user.id,
        name: 'Bea',
        username: b.user.username,
        mandatory: true,
        priority: 'medium',
        weight: 1,
        scheduleId: null,
        bookingLimitsCount: null,
      },
    ]);
    const read = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/event-types/${created.id}`,
      headers: a.headers,
    });
    expect(read).toEqual(body.data);
    const listed = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/event-types?eventSlug=demo`,
      headers: b.headers,
    });
    expect(listed.map((one: { id: number }) => one.id)).toEqual([created.id]);
  });

  it('refuses hosts outside the team, foreign schedules and an event schedule, field by field', async () => {
    const owner = await person(t, 'Vic');
    const member = await person(t, 'Val');
    const outsider = await person(t, 'Out');
    const team = await teamOf(t, owner, [member]);
    const base = { title: 'X', slug: 'x', lengthInMinutes: 30, schedulingType: 'roundRobin' };
    const notMember = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: { ...base, hosts: [{ userId: member.user.id }, { userId: outsider.user.id }] },
    });
    expect(notMember.status).toBe(422);
    expect(notMember.body.error.details).toEqual([
      { field: 'hosts.1.userId', message: 'Not an accepted member of the team' },
    ]);
    const outsiderSchedule = outsider.user.defaultScheduleId;
    const foreign = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: { ...base, hosts: [{ userId: member.user.id, scheduleId: outsiderSchedule }] },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.details[0].field).toBe('hosts.0.scheduleId');
    const eventSchedule = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: { ...base, scheduleId: outsiderSchedule, hosts: [] },
    });
    expect(eventSchedule.status).toBe(422);
    expect(eventSchedule.body.error.details[0].field).toBe('scheduleId');
    const bad = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: {
        ...base,
        schedulingType: 'lottery',
        hosts: [{ userId: member.user.id, weight: 0 }, { userId: member.user.id }],
        unlockedFields: ['title'],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'hosts',
      'hosts.0.weight',
      'schedulingType',
    ]);
    const duplicate = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: { ...base, hosts: [] },
    });
    expect(duplicate.status).toBe(201);
    const again = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: owner.headers,
      payload: { ...base, hosts: [] },
    });
    expect(again.status).toBe(409);
  });

  it('lets members read but not write, and admins write', async () => {
    const owner = await person(t, 'Wes');
    const member = await person(t, 'Wyn');
    const team = await teamOf(t, owner, [member]);
    const payload = { title: 'Y', slug: 'y', lengthInMinutes: 30, schedulingType: 'collective' };
    const byMember = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/event-types`,
      headers: member.headers,
      payload,
    });
    expect(byMember.status).toBe(403);
    const created = await teamEventType(t, owner, team.id, payload);
    for (const request of [
      { method: 'PATCH', payload: { title: 'Z' } },
      { method: 'DELETE' },
    ] as const) {
      const { status } = await call(t, {
        ...request,
        url: `/v2/teams/${team.id}/event-types/${created.id}`,
        headers: member.headers,
      });
      expect(status).toBe(403);
    }
    const report = await call(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/event-types/${created.id}/round-robin`,
      headers: owner.headers,
    });
    expect(report.status).toBe(422);
    const deleted = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/event-types/${created.id}`,
      headers: owner.headers,
    });
    expect(deleted.body.data).toEqual({
      id: created.id,
      lengthInMinutes: 30,
      slug: 'y',
      title: 'Y',
    });
    const gone = await call(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/event-types/${created.id}`,
      headers: owner.headers,
    });
    expect(gone.status).toBe(404);
  });
});

describe('PATCH and membership changes', () => {
  it('replaces hosts, keeps the scheduling type, and follows members with assignAllTeamMembers', async () => {
    const owner = await person(t, 'Xia');
    const [a, b, c] = [await person(t, 'Xan'), await person(t, 'Xed'), await person(t, 'Xev')];
    const team = await teamOf(t, owner, [a, b]);
    const created = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: a.user.id }],
    });
    const url = `/v2/teams/${team.id}/event-types/${created.id}`;
    const changed = await ok(t, {
      method: 'PATCH',
      url,
      headers: owner.headers,
      payload: { title: 'Renamed', hosts: [{ userId: b.user.id, weight: 2 }] },
    });
    expect(changed.title).toBe('Renamed');
    expect(hostIdsOf(changed)).toEqual([b.user.id]);
    const typeChange = await call(t, {
      method: 'PATCH',
      url,
      headers: owner.headers,
      payload: { schedulingType: 'collective' },
    });
    expect(typeChange.status).toBe(422);
    const all = await ok(t, {
      method: 'PATCH',
      url,
      headers: owner.headers,
      payload: { assignAllTeamMembers: true },
    });
    expect(hostIdsOf(all).sort()).toEqual([owner.user.id, a.user.id, b.user.id].sort());
    expect(all.hosts.find((h: { userId: number }) => h.userId === b.user.id).weight).toBe(2);

    await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: owner.headers,
      payload: { userId: c.user.id, accepted: true },
    });
    const joined = await ok(t, { method: 'GET', url, headers: owner.headers });
    expect(hostIdsOf(joined)).toContain(c.user.id);
    await ok(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, a)}`,
      headers: a.headers,
    });
    const left = await ok(t, { method: 'GET', url, headers: owner.headers });
    expect(hostIdsOf(left)).not.toContain(a.user.id);
    expect(hostIdsOf(left)).toContain(c.user.id);
  });

  it('removes a member who leaves from the hosts of every team event type', async () => {
    const owner = await person(t, 'Yan');
    const [a, b] = [await person(t, 'Yul'), await person(t, 'Yao')];
    const team = await teamOf(t, owner, [a, b]);
    const created = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: a.user.id }, { userId: b.user.id }],
    });
    await ok(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, a)}`,
      headers: owner.headers,
    });
    const read = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/event-types/${created.id}`,
      headers: owner.headers,
    });
    expect(hostIdsOf(read)).toEqual([b.user.id]);
  });
});

describe('collective event types', () => {
  it('offers a start only when every host is free, and the booking blocks every host', async () => {
    const owner = await person(t, 'Cole');
    const [a, b] = [await person(t, 'Cam'), await person(t, 'Cat')];
    const team = await teamOf(t, owner, [a, b]);
    const collective = await teamEventType(t, owner, team.id, {
      schedulingType: 'collective',
      hosts: [{ userId: a.user.id }, { userId: b.user.id }],
    });
    expect(collective.hosts.every((h: { mandatory: boolean }) => h.mandatory)).toBe(true);
    const day = '2026-03-10';
    const busyStart = '2026-03-10T10:00:00.000Z';
    await insertBooking(t.database.db, {
      eventTypeId: null,
      hostIds: [b.user.id],
      start: busyStart,
      end: '2026-03-10T10:30:00.000Z',
    });
    const starts = await slotStarts(t, `eventTypeId=${collective.id}`, day);
    expect(starts).not.toContain(busyStart);
    expect(starts).toContain('2026-03-10T09:00:00.000Z');
    const refused = await book(t, { eventTypeId: collective.id, start: busyStart });
    expect(refused.status).toBe(409);

    const made = await booked(t, { eventTypeId: collective.id, start: '2026-03-10T09:00:00Z' });
    expect(made.hosts.map((h: { id: number }) => h.id).sort()).toEqual(
      [a.user.id, b.user.id].sort(),
    );
    const rows = await t.database.query<{ user_id: number; is_blocking: boolean }>(
      `SELECT h.user_id, h.is_blocking FROM booking_hosts h JOIN bookings b ON b.id = h.booking_id
       WHERE b.uid = $1 ORDER BY h.user_id`,
      [made.uid],
    );
    expect(rows).toEqual(
      [a.user.id, b.user.id]
        .sort((x, y) => x - y)
        .map((id) => ({ user_id: id, is_blocking: true })),
    );
    // Each host is now busy for their other event types too.
    const solo = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: a.user.id }],
    });
    expect(await slotStarts(t, `eventTypeId=${solo.id}`, day)).not.toContain(
      '2026-03-10T09:00:00.000Z',
    );
  });
});

describe('GET /v2/teams/{teamId}/bookings', () => {
  it("lists the team's bookings to admins only", async () => {
    const owner = await person(t, 'Liv');
    const [a, b] = [await person(t, 'Lou'), await person(t, 'Lea')];
    const team = await teamOf(t, owner, [a, b]);
    const eventType = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: a.user.id }, { userId: b.user.id }],
    });
    const made = [
      await booked(t, { eventTypeId: eventType.id, start: '2026-03-10T09:00:00Z' }),
      await booked(t, { eventTypeId: eventType.id, start: '2026-03-10T09:30:00Z' }),
    ];
    const other = await person(t, 'Lone');
    const otherTeam = await teamOf(t, other, [], 'Other');
    const otherType = await teamEventType(t, other, otherTeam.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: other.user.id }],
    });
    await booked(t, { eventTypeId: otherType.id, start: '2026-03-10T09:00:00Z' });

    const { status, body } = await call(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/bookings?sortStart=asc&take=10`,
      headers: owner.headers,
    });
    expect(status).toBe(200);
    expect(body.data.map((one: { uid: string }) => one.uid)).toEqual(made.map((m) => m.uid));
    expect(body.pagination).toMatchObject({ totalItems: 2 });
    const byMember = await call(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/bookings`,
      headers: a.headers,
    });
    expect(byMember.status).toBe(403);
  });
});

describe('GET /v2/slots/explain on a team event type', () => {
  it("answers the team's admins and hides the reasons from members", async () => {
    const owner = await person(t, 'Ezra');
    const member = await person(t, 'Emil');
    const team = await teamOf(t, owner, [member]);
    const eventType = await teamEventType(t, owner, team.id, {
      schedulingType: 'roundRobin',
      hosts: [{ userId: member.user.id }],
    });
    const url = `/v2/slots/explain?eventTypeId=${eventType.id}&start=2026-03-10T09:00:00Z`;
    const byAdmin = await ok(t, { method: 'GET', url, headers: owner.headers });
    expect(byAdmin).toMatchObject({ bookable: true, hostIds: [member.user.id] });
    expect((await call(t, { method: 'GET', url, headers: member.headers })).status).toBe(404);
  });
});
