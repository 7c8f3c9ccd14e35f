import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAt } from '../teams/testing/round-robin-fixtures';
import {
  booked,
  call,
  ok,
  person,
  teamEventType,
  teamOf,
  teamTestApp,
  type Person,
  type TestApp,
  type TestClock,
} from '../teams/testing/team-fixtures';

let t: TestApp;
let clock: TestClock;
beforeAll(async () => {
  ({ t, clock } = await teamTestApp());
});
afterAll(() => t.close());

/** A team with an owner, an admin and a member (the round robin's host), and its bookings. */
async function teamWithBookings(name: string, count: number) {
  clock.set('2026-03-01T00:00:00Z');
  const owner = await person(t, `${name} Owner`);
  const admin = await person(t, `${name} Admin`);
  const member = await person(t, `${name} Member`);
  const team = await teamOf(t, owner, [member], name);
  await ok(t, {
    method: 'POST',
    url: `/v2/teams/${team.id}/memberships`,
    headers: owner.headers,
    payload: { userId: admin.user.id, role: 'ADMIN', accepted: true },
  });
  const eventType = await teamEventType(t, owner, team.id, {
    schedulingType: 'roundRobin',
    hosts: [{ userId: member.user.id }],
  });
  const uids: string[] = [];
  for (let i = 0; i < count; i++) {
    uids.push((await booked(t, { eventTypeId: eventType.id, start: startAt(i) })).uid);
  }
  return { team, owner, admin, member, uids };
}

const list = (who: Person, query: string) =>
  call(t, { method: 'GET', url: `/v2/bookings?${query}`, headers: who.headers });

const uidsOf = (body: { data: Array<{ uid: string }> }) => body.data.map((b) => b.uid).sort();

describe('GET /v2/bookings?teamId=', () => {
  it("gives a team's admins and owners the team's bookings, the same rows as the team route", async () => {
    const { team, owner, admin, uids } = await teamWithBookings('Alpha', 3);
    const asOwner = await list(owner, `teamId=${team.id}`);
    expect(asOwner.status).toBe(200);
    expect(uidsOf(asOwner.body)).toEqual([...uids].sort());
    const viaTeamRoute = await call(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/bookings`,
      headers: admin.headers,
    });
    const asAdmin = await list(admin, `teamId=${team.id}`);
    expect(uidsOf(asAdmin.body)).toEqual(uidsOf(viaTeamRoute.body));
    // Without teamId, the owner hosts nothing of it: their own list stays empty.
    expect((await list(owner, '')).body.data).toEqual([]);
    // Filters and pagination apply within the team.
    const page = await list(admin, `teamId=${team.id}&take=2&sortStart=desc`);
    expect(page.body.data.map((b: { uid: string }) => b.uid)).toEqual([uids[2], uids[1]]);
    expect(page.body.pagination).toMatchObject({ totalItems: 3, hasNextPage: true });
  });

  it('answers a plain member 403 and anyone outside the team 404, as the team routes do', async () => {
    const { team, member } = await teamWithBookings('Beta', 1);
    const asMember = await list(member, `teamId=${team.id}`);
    expect(asMember.status).toBe(403);
    expect(asMember.body.error.code).toBe('FORBIDDEN');
    const outsider = await person(t, 'Outsider');
    const asOutsider = await list(outsider, `teamId=${team.id}`);
    expect(asOutsider.status).toBe(404);
    expect((await list(outsider, 'teamId=2147483647')).status).toBe(404);
    expect((await list(outsider, 'teamId=abc')).status).toBe(422);
  });

  it('lists several teams with teamIds (or Cal.com spelling teamsIds), each checked', async () => {
    const alpha = await teamWithBookings('Gamma', 1);
    const beta = await teamWithBookings('Delta', 2);
    await ok(t, {
      method: 'POST',
      url: `/v2/teams/${beta.team.id}/memberships`,
      headers: beta.owner.headers,
      payload: { userId: alpha.owner.user.id, role: 'ADMIN', accepted: true },
    });
    const both = await list(alpha.owner, `teamIds=${alpha.team.id},${beta.team.id}`);
    expect(both.status).toBe(200);
    expect(uidsOf(both.body)).toEqual([...alpha.uids, ...beta.uids].sort());
    const calcom = await list(alpha.owner, `teamsIds=${alpha.team.id},${beta.team.id}`);
    expect(uidsOf(calcom.body)).toEqual(uidsOf(both.body));
    // Beta's owner is no member of Alpha: asking for both is 404, nothing is listed.
    const refused = await list(beta.owner, `teamIds=${beta.team.id},${alpha.team.id}`);
    expect(refused.status).toBe(404);
  });
});
