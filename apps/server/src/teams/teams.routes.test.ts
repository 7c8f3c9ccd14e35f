import { membershipOutput, successEnvelope, teamOutput } from '@kairos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  ok,
  person,
  teamOf,
  teamTestApp,
  type TestApp,
  membershipIdOf,
  membershipsOf,
} from './testing/team-fixtures';

let t: TestApp;
beforeAll(async () => {
  ({ t } = await teamTestApp());
});
afterAll(() => t.close());

describe('POST /v2/teams and reading teams', () => {
  it('creates a team with its creator as accepted owner, slug from the name', async () => {
    const owner = await person(t, 'Olivia');
    const { status, body } = await call(t, {
      method: 'POST',
      url: '/v2/teams',
      headers: owner.headers,
      payload: { name: 'Sales EMEA ', timeZone: 'Europe/Paris', brandColor: '#0af' },
    });
    expect(status).toBe(201);
    const team = successEnvelope(teamOutput).parse(body).data;
    expect(team).toMatchObject({
      name: 'Sales EMEA',
      slug: 'sales-emea',
      timeZone: 'Europe/Paris',
      brandColor: '#00aaff',
      parentId: null,
      isOrganization: false,
    });
    expect(await membershipsOf(t, team.id)).toEqual([
      { user_id: owner.user.id, role: 'OWNER', accepted: true },
    ]);
    const listed = await ok(t, { method: 'GET', url: '/v2/teams', headers: owner.headers });
    expect(listed.map((one: { id: number }) => one.id)).toEqual([team.id]);
    expect(
      await ok(t, { method: 'GET', url: `/v2/teams/${team.id}`, headers: owner.headers }),
    ).toEqual(team);
  });

  it('refuses a taken slug (any case) with 409 and a bad body with 422 per field', async () => {
    const owner = await person(t, 'Omar');
    await teamOf(t, owner, [], 'Dup');
    const slug = (await ok(t, { method: 'GET', url: '/v2/teams', headers: owner.headers }))[0].slug;
    const taken = await call(t, {
      method: 'POST',
      url: '/v2/teams',
      headers: owner.headers,
      payload: { name: 'Other', slug: slug.toUpperCase() },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details).toEqual([{ field: 'slug', message: 'Already taken' }]);
    const bad = await call(t, {
      method: 'POST',
      url: '/v2/teams',
      headers: owner.headers,
      payload: { name: '', timeZone: 'Mars/Base', weekStart: 'Funday' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'name',
      'timeZone',
      'weekStart',
    ]);
  });

  it('shows another tenant nothing: 404 on every route of the team', async () => {
    const owner = await person(t, 'Priya');
    const stranger = await person(t, 'Sam');
    const team = await teamOf(t, owner);
    const requests = [
      { method: 'GET', url: `/v2/teams/${team.id}` },
      { method: 'PATCH', url: `/v2/teams/${team.id}`, payload: { name: 'Mine' } },
      { method: 'DELETE', url: `/v2/teams/${team.id}` },
      { method: 'GET', url: `/v2/teams/${team.id}/memberships` },
      { method: 'GET', url: `/v2/teams/${team.id}/event-types` },
      { method: 'GET', url: `/v2/teams/${team.id}/bookings` },
      {
        method: 'POST',
        url: `/v2/teams/${team.id}/memberships`,
        payload: { userId: stranger.user.id, accepted: true },
      },
    ] as const;
    for (const request of requests) {
      const { status, body } = await call(t, { ...request, headers: stranger.headers });
      expect([request.url, status, body.error.code]).toEqual([request.url, 404, 'NOT_FOUND']);
    }
    expect(await ok(t, { method: 'GET', url: '/v2/teams', headers: stranger.headers })).toEqual([]);
    expect((await call(t, { method: 'GET', url: `/v2/teams/${team.id}` })).status).toBe(401);
  });
});

describe('roles', () => {
  it('lets a member read, an admin manage members and settings, only an owner delete', async () => {
    const owner = await person(t, 'Owen');
    const admin = await person(t, 'Ada');
    const member = await person(t, 'Max');
    const newcomer = await person(t, 'Nia');
    const team = await teamOf(t, owner, [admin, member]);
    await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, admin)}`,
      headers: owner.headers,
      payload: { role: 'admin' },
    });

    expect(
      (await call(t, { method: 'GET', url: `/v2/teams/${team.id}`, headers: member.headers }))
        .status,
    ).toBe(200);
    const members = await ok(t, {
      method: 'GET',
      url: `/v2/teams/${team.id}/memberships`,
      headers: member.headers,
    });
    expect(members.map((m: { role: string }) => m.role)).toEqual(['OWNER', 'ADMIN', 'MEMBER']);
    successEnvelope(membershipOutput.array()).parse({ status: 'success', data: members });

    const byMember = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: member.headers,
      payload: { userId: newcomer.user.id, accepted: true },
    });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.code).toBe('FORBIDDEN');
    const patchByMember = await call(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}`,
      headers: member.headers,
      payload: { name: 'Renamed' },
    });
    expect(patchByMember.status).toBe(403);

    const added = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: admin.headers,
      payload: { userId: newcomer.user.id, role: 'MEMBER', accepted: true },
    });
    expect(added).toMatchObject({ userId: newcomer.user.id, role: 'MEMBER', accepted: true });
    expect(added.user).toMatchObject({
      username: newcomer.user.username,
      email: newcomer.user.email,
    });
    const renamed = await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}`,
      headers: admin.headers,
      payload: { name: 'Renamed', bio: 'We sell' },
    });
    expect(renamed).toMatchObject({ name: 'Renamed', bio: 'We sell', slug: team.slug });

    const deleteByAdmin = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}`,
      headers: admin.headers,
    });
    expect(deleteByAdmin.status).toBe(403);
    const deleted = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}`,
      headers: owner.headers,
    });
    expect(deleted.status).toBe(200);
    expect(await membershipsOf(t, team.id)).toEqual([]);
    expect(
      (await call(t, { method: 'GET', url: `/v2/teams/${team.id}`, headers: owner.headers }))
        .status,
    ).toBe(404);
  });

  it('keeps owners for owners: an admin may not make or remove one, and the last owner stays', async () => {
    const owner = await person(t, 'Oscar');
    const admin = await person(t, 'Alma');
    const member = await person(t, 'Milo');
    const team = await teamOf(t, owner, [admin, member]);
    const adminId = await membershipIdOf(t, team.id, admin);
    const ownerId = await membershipIdOf(t, team.id, owner);
    await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/memberships/${adminId}`,
      headers: owner.headers,
      payload: { role: 'ADMIN' },
    });
    const promote = await call(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, member)}`,
      headers: admin.headers,
      payload: { role: 'OWNER' },
    });
    expect(promote.status).toBe(403);
    const removeOwner = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${ownerId}`,
      headers: admin.headers,
    });
    expect(removeOwner.status).toBe(403);
    const leaveAlone = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${ownerId}`,
      headers: owner.headers,
    });
    expect(leaveAlone.status).toBe(409);
    const demote = await call(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/memberships/${ownerId}`,
      headers: owner.headers,
      payload: { role: 'MEMBER' },
    });
    expect(demote.status).toBe(409);
    // With a second owner, the first may leave.
    await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/memberships/${adminId}`,
      headers: owner.headers,
      payload: { role: 'OWNER' },
    });
    await ok(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${ownerId}`,
      headers: owner.headers,
    });
    expect((await membershipsOf(t, team.id)).map((m) => m.user_id)).toEqual([
      admin.user.id,
      member.user.id,
    ]);
  });

  it('lets a member leave but not remove others; a second membership is 409', async () => {
    const owner = await person(t, 'Pia');
    const a = await person(t, 'Ann');
    const b = await person(t, 'Ben');
    const team = await teamOf(t, owner, [a, b]);
    const removeOther = await call(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, b)}`,
      headers: a.headers,
    });
    expect(removeOther.status).toBe(403);
    await ok(t, {
      method: 'DELETE',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, a)}`,
      headers: a.headers,
    });
    expect(
      (await call(t, { method: 'GET', url: `/v2/teams/${team.id}`, headers: a.headers })).status,
    ).toBe(404);
    const again = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: owner.headers,
      payload: { userId: b.user.id },
    });
    expect(again.status).toBe(409);
    const unknown = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/memberships`,
      headers: owner.headers,
      payload: { userId: 2_000_000_000, role: 'boss' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.map((d: { field: string }) => d.field)).toEqual(['role']);
  });
});
