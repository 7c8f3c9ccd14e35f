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

describe('invitations', () => {
  it('invites an existing user as a pending member who accepts; pending grants nothing', async () => {
    const owner = await person(t, 'Ivy');
    const invitee = await person(t, 'Ian');
    const team = await teamOf(t, owner);
    const invited = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations`,
      headers: owner.headers,
      payload: { email: invitee.user.email.toUpperCase(), role: 'admin' },
    });
    expect(invited).toMatchObject({ userId: invitee.user.id, role: 'ADMIN', invitationId: null });
    expect(
      (await call(t, { method: 'GET', url: `/v2/teams/${team.id}`, headers: invitee.headers }))
        .status,
    ).toBe(404);
    const pending = await ok(t, {
      method: 'GET',
      url: '/v2/teams/invitations',
      headers: invitee.headers,
    });
    expect(pending).toEqual([
      {
        team: { id: team.id, name: team.name, slug: team.slug },
        role: 'ADMIN',
        membershipId: invited.membershipId,
        invitationId: null,
      },
    ]);
    const accepted = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations/accept`,
      headers: invitee.headers,
    });
    expect(accepted).toMatchObject({ userId: invitee.user.id, role: 'ADMIN', accepted: true });
    expect(
      (await call(t, { method: 'GET', url: `/v2/teams/${team.id}`, headers: invitee.headers }))
        .status,
    ).toBe(200);
    const twice = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations/accept`,
      headers: invitee.headers,
    });
    expect(twice.status).toBe(409);
  });

  it('invites an address without an account; the account made later accepts it', async () => {
    const owner = await person(t, 'Eve');
    const team = await teamOf(t, owner);
    const email = `later-${Date.now()}@example.com`;
    const invited = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations`,
      headers: owner.headers,
      payload: { email },
    });
    expect(invited).toMatchObject({ userId: null, membershipId: null, role: 'MEMBER' });
    const again = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations`,
      headers: owner.headers,
      payload: { email },
    });
    expect(again.status).toBe(409);
    const later = await t.signedIn({ email, username: `later-${Date.now()}` });
    const accepted = await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations/accept`,
      headers: later.headers,
    });
    expect(accepted).toMatchObject({ userId: later.user.id, role: 'MEMBER', accepted: true });
    expect(
      await t.database.query('SELECT 1 FROM team_invitations WHERE team_id = $1', [team.id]),
    ).toEqual([]);
  });

  it('lets an invitee decline, and has no invitation for anyone else (404)', async () => {
    const owner = await person(t, 'Dora');
    const invitee = await person(t, 'Dan');
    const stranger = await person(t, 'Stan');
    const team = await teamOf(t, owner);
    await ok(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations`,
      headers: owner.headers,
      payload: { email: invitee.user.email },
    });
    const strangerAccepts = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations/accept`,
      headers: stranger.headers,
    });
    expect(strangerAccepts.status).toBe(404);
    expect(
      await ok(t, {
        method: 'POST',
        url: `/v2/teams/${team.id}/invitations/decline`,
        headers: invitee.headers,
      }),
    ).toEqual({ teamId: team.id, declined: true });
    expect(await membershipsOf(t, team.id)).toHaveLength(1);
  });

  it('lets only owners invite owners', async () => {
    const owner = await person(t, 'Gus');
    const admin = await person(t, 'Gil');
    const team = await teamOf(t, owner, [admin]);
    await ok(t, {
      method: 'PATCH',
      url: `/v2/teams/${team.id}/memberships/${await membershipIdOf(t, team.id, admin)}`,
      headers: owner.headers,
      payload: { role: 'ADMIN' },
    });
    const { status } = await call(t, {
      method: 'POST',
      url: `/v2/teams/${team.id}/invitations`,
      headers: admin.headers,
      payload: { email: 'boss@example.com', role: 'OWNER' },
    });
    expect(status).toBe(403);
  });
});
