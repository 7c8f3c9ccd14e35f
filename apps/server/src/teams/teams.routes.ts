import {
  acceptInvitationRoute,
  createMembershipRoute,
  createTeamRoute,
  declineInvitationRoute,
  deleteMembershipRoute,
  deleteTeamRoute,
  getMembershipRoute,
  getTeamRoute,
  inviteMemberRoute,
  listInvitationsRoute,
  listMembershipsRoute,
  listTeamBookingsRoute,
  listTeamsRoute,
  updateMembershipRoute,
  updateTeamRoute,
} from '@kairos/contracts';
import { deleteTeam, listMemberships, listPendingInvitations, listTeamsOfUser } from '@kairos/db';
import type { FastifyInstance } from 'fastify';
import { listBookings } from '../bookings/list-bookings';
import { bindRoute } from '../http/bind-route';
import { publicBaseUrl } from '../mail/mailer';
import type { HandlerContext } from '../http/context';
import {
  addMembership,
  removeMembership,
  teamMembership,
  updateMembership,
} from './change-membership';
import { invitationMail } from './invitation-mail';
import { acceptInvitation, declineInvitation, inviteMember } from './invitations';
import { presentMembership, presentTeam } from './present-team';
import { createTeam, updateTeam } from './save-team';
import { teamAccess } from './team-access';
import { teamEventTypeRoutes } from './team-event-types.routes';

/**
 * `/v2/teams`: teams, memberships and invitations (PRD 3.10). Members read, admins manage,
 * owners delete; anyone outside a team gets NOT_FOUND for everything in it.
 */
export function teamRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;
  const { db } = database;

  bindRoute(app, createTeamRoute, deps, async ({ body }, { caller }) =>
    presentTeam(await createTeam(db, caller.user.id, body)),
  );

  bindRoute(app, listTeamsRoute, deps, async (_input, { caller }) =>
    (await listTeamsOfUser(db, caller.user.id)).map(presentTeam),
  );

  bindRoute(app, listInvitationsRoute, deps, async (_input, { caller }) =>
    (await listPendingInvitations(db, caller.user)).map(({ team, ...pending }) => ({
      team: { id: team.id, name: team.name, slug: team.slug },
      ...pending,
    })),
  );

  bindRoute(app, getTeamRoute, deps, async ({ params }, { caller }) =>
    presentTeam((await teamAccess(db, params.teamId, caller)).team),
  );

  bindRoute(app, updateTeamRoute, deps, async ({ params, body }, { caller }) => {
    await teamAccess(db, params.teamId, caller, 'ADMIN');
    return presentTeam(await updateTeam(db, params.teamId, body));
  });

  bindRoute(app, deleteTeamRoute, deps, async ({ params }, { caller }) => {
    const { team } = await teamAccess(db, params.teamId, caller, 'OWNER');
    await deleteTeam(db, team.id);
    return presentTeam(team);
  });

  membershipRoutes(app, deps);
  invitationRoutes(app, deps);
  teamEventTypeRoutes(app, deps);

  bindRoute(app, listTeamBookingsRoute, deps, async ({ params, query }, { caller }) => {
    await teamAccess(db, params.teamId, caller, 'ADMIN');
    return listBookings(database, caller, query, deps.now(), { teamId: params.teamId });
  });
}

function membershipRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;
  const { db } = database;

  bindRoute(app, createMembershipRoute, deps, async ({ params, body }, { caller }) => {
    const access = await teamAccess(db, params.teamId, caller, 'ADMIN');
    return presentMembership(await addMembership(database, access, body));
  });

  bindRoute(app, listMembershipsRoute, deps, async ({ params }, { caller }) => {
    await teamAccess(db, params.teamId, caller);
    return (await listMemberships(db, params.teamId)).map(presentMembership);
  });

  bindRoute(app, getMembershipRoute, deps, async ({ params }, { caller }) => {
    await teamAccess(db, params.teamId, caller);
    return presentMembership(await teamMembership(database, params.teamId, params.membershipId));
  });

  bindRoute(app, updateMembershipRoute, deps, async ({ params, body }, { caller }) => {
    const access = await teamAccess(db, params.teamId, caller, 'ADMIN');
    const record = await teamMembership(database, params.teamId, params.membershipId);
    return presentMembership(await updateMembership(database, access, record, body));
  });

  bindRoute(app, deleteMembershipRoute, deps, async ({ params }, { caller }) => {
    const access = await teamAccess(db, params.teamId, caller);
    const record = await teamMembership(database, params.teamId, params.membershipId);
    return presentMembership(await removeMembership(database, access, record));
  });
}

function invitationRoutes(app: FastifyInstance, deps: HandlerContext['deps']): void {
  const { database } = deps;

  bindRoute(app, inviteMemberRoute, deps, async ({ params, body }, { caller, request }) => {
    const access = await teamAccess(database.db, params.teamId, caller, 'ADMIN');
    const invitation = await inviteMember(database, access, body, caller.user.id);
    const baseUrl = publicBaseUrl(deps.config);
    deps.mail.send(
      async () => invitationMail(access.team, caller.user, invitation, baseUrl),
      request.log,
      'invitation mail',
    );
    return invitation;
  });

  bindRoute(app, acceptInvitationRoute, deps, async ({ params }, { caller }) =>
    presentMembership(await acceptInvitation(database, params.teamId, caller)),
  );

  bindRoute(app, declineInvitationRoute, deps, async ({ params }, { caller }) =>
    declineInvitation(database, params.teamId, caller),
  );
}
