import { z } from 'zod';
import { defineRoute, type RouteContract } from '../route';
import { bookingOutput, bookingUidParams, listBookingsQuery } from '../schemas/booking';
import {
  createMembershipInput,
  createTeamEventTypeInput,
  createTeamInput,
  invitationOutput,
  inviteMemberInput,
  listTeamEventTypesQuery,
  membershipOutput,
  membershipParams,
  pendingInvitationOutput,
  reassignBookingInput,
  reassignBookingOutput,
  reassignToUserParams,
  roundRobinReportOutput,
  teamEventTypeOutput,
  teamEventTypeParams,
  teamIdParams,
  teamOutput,
  updateMembershipInput,
  updateTeamEventTypeInput,
  updateTeamInput,
} from '../schemas/team';
import { deletedEventTypeOutput } from '../schemas/event-type';

const tag = 'Teams';

/** Creates a team; the caller becomes its owner. */
export const createTeamRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams',
  summary: 'Create a team (you become its owner)',
  tag,
  auth: 'required',
  body: createTeamInput,
  response: teamOutput,
  status: 201,
});

/** The teams the caller is an accepted member of. */
export const listTeamsRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams',
  summary: 'Teams you belong to',
  tag,
  auth: 'required',
  response: z.array(teamOutput),
});

/** Invitations waiting for the caller. */
export const listInvitationsRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/invitations',
  summary: 'Invitations waiting for you',
  tag,
  auth: 'required',
  response: z.array(pendingInvitationOutput),
});

/** One team: members only; anyone else gets NOT_FOUND. */
export const getTeamRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}',
  summary: 'One of your teams',
  tag,
  auth: 'required',
  params: teamIdParams,
  response: teamOutput,
});

/** Changes the settings given (admins and owners). */
export const updateTeamRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/teams/{teamId}',
  summary: 'Update a team (admins)',
  tag,
  auth: 'required',
  params: teamIdParams,
  body: updateTeamInput,
  response: teamOutput,
});

/** Deletes the team with its memberships and event types (owners only). */
export const deleteTeamRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/teams/{teamId}',
  summary: 'Delete a team (owners)',
  tag,
  auth: 'required',
  params: teamIdParams,
  response: teamOutput,
});

/** Adds a user directly (Cal.com's shape); admins only, owners to make owners. */
export const createMembershipRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/memberships',
  summary: 'Add a member (admins)',
  tag,
  auth: 'required',
  params: teamIdParams,
  body: createMembershipInput,
  response: membershipOutput,
  status: 201,
});

/** The team's memberships (members may read them). */
export const listMembershipsRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/memberships',
  summary: "The team's members",
  tag,
  auth: 'required',
  params: teamIdParams,
  response: z.array(membershipOutput),
});

/** One membership. */
export const getMembershipRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/memberships/{membershipId}',
  summary: 'One membership',
  tag,
  auth: 'required',
  params: membershipParams,
  response: membershipOutput,
});

/** Changes a role or acceptance (admins; only owners touch owners). */
export const updateMembershipRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/teams/{teamId}/memberships/{membershipId}',
  summary: 'Update a membership (admins)',
  tag,
  auth: 'required',
  params: membershipParams,
  body: updateMembershipInput,
  response: membershipOutput,
});

/** Removes a member (admins), or leaves the team (your own membership). */
export const deleteMembershipRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/teams/{teamId}/memberships/{membershipId}',
  summary: 'Remove a member (admins) or leave',
  tag,
  auth: 'required',
  params: membershipParams,
  response: membershipOutput,
});

/** Invites by email: a pending membership, or an invitation the address accepts on sign-up. */
export const inviteMemberRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/invitations',
  summary: 'Invite by email (admins)',
  tag,
  auth: 'required',
  params: teamIdParams,
  body: inviteMemberInput,
  response: invitationOutput,
  status: 201,
});

/** The caller accepts their invitation to the team. */
export const acceptInvitationRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/invitations/accept',
  summary: 'Accept your invitation to a team',
  tag,
  auth: 'required',
  params: teamIdParams,
  response: membershipOutput,
});

/** The caller declines their invitation to the team. */
export const declineInvitationRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/invitations/decline',
  summary: 'Decline your invitation to a team',
  tag,
  auth: 'required',
  params: teamIdParams,
  response: z.object({ teamId: z.number().int(), declined: z.literal(true) }),
});

const eventTypeTag = 'Team event types';

/** Creates a round-robin, collective or managed event type (admins). */
export const createTeamEventTypeRoute = defineRoute({
  method: 'POST',
  path: '/v2/teams/{teamId}/event-types',
  summary: 'Create a team event type (admins)',
  tag: eventTypeTag,
  auth: 'required',
  params: teamIdParams,
  body: createTeamEventTypeInput,
  response: teamEventTypeOutput,
  status: 201,
});

/** The team's event types (members). */
export const listTeamEventTypesRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/event-types',
  summary: "The team's event types",
  tag: eventTypeTag,
  auth: 'required',
  params: teamIdParams,
  query: listTeamEventTypesQuery,
  response: z.array(teamEventTypeOutput),
});

export const getTeamEventTypeRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/event-types/{eventTypeId}',
  summary: 'One team event type',
  tag: eventTypeTag,
  auth: 'required',
  params: teamEventTypeParams,
  response: teamEventTypeOutput,
});

/** Changes the settings given (admins); a managed template passes its locked fields on. */
export const updateTeamEventTypeRoute = defineRoute({
  method: 'PATCH',
  path: '/v2/teams/{teamId}/event-types/{eventTypeId}',
  summary: 'Update a team event type (admins)',
  tag: eventTypeTag,
  auth: 'required',
  params: teamEventTypeParams,
  body: updateTeamEventTypeInput,
  response: teamEventTypeOutput,
});

export const deleteTeamEventTypeRoute = defineRoute({
  method: 'DELETE',
  path: '/v2/teams/{teamId}/event-types/{eventTypeId}',
  summary: 'Delete a team event type (admins)',
  tag: eventTypeTag,
  auth: 'required',
  params: teamEventTypeParams,
  response: deletedEventTypeOutput,
});

/** Each round-robin host's bookings against its target share (PRD 6.4, ±10%). */
export const roundRobinReportRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/event-types/{eventTypeId}/round-robin',
  summary: "Round-robin fairness: each host's share (admins)",
  tag: eventTypeTag,
  auth: 'required',
  params: teamEventTypeParams,
  response: roundRobinReportOutput,
});

/** Bookings of the team's event types (admins), filtered and paginated like GET /v2/bookings. */
export const listTeamBookingsRoute = defineRoute({
  method: 'GET',
  path: '/v2/teams/{teamId}/bookings',
  summary: "The team's bookings (admins)",
  tag,
  auth: 'required',
  rateLimit: 'bookingsRead',
  params: teamIdParams,
  query: listBookingsQuery,
  response: z.array(bookingOutput),
  paginated: true,
});

/** Hands a round-robin booking to the next eligible host (team admins, or its host). */
export const reassignBookingRoute = defineRoute({
  method: 'POST',
  path: '/v2/bookings/{uid}/reassign',
  summary: 'Reassign a round-robin booking to the next eligible host',
  tag: 'Bookings',
  auth: 'required',
  params: bookingUidParams,
  body: reassignBookingInput,
  response: reassignBookingOutput,
});

/** Hands a round-robin booking to this host (team admins). */
export const reassignBookingToUserRoute = defineRoute({
  method: 'POST',
  path: '/v2/bookings/{uid}/reassign/{userId}',
  summary: 'Reassign a round-robin booking to a given host (admins)',
  tag: 'Bookings',
  auth: 'required',
  params: reassignToUserParams,
  body: reassignBookingInput,
  response: reassignBookingOutput,
});

/** Every team route (and the booking reassignment routes), in the OpenAPI document's order. */
export const teamRoutes: RouteContract[] = [
  createTeamRoute,
  listTeamsRoute,
  listInvitationsRoute,
  getTeamRoute,
  updateTeamRoute,
  deleteTeamRoute,
  createMembershipRoute,
  listMembershipsRoute,
  getMembershipRoute,
  updateMembershipRoute,
  deleteMembershipRoute,
  inviteMemberRoute,
  acceptInvitationRoute,
  declineInvitationRoute,
  createTeamEventTypeRoute,
  listTeamEventTypesRoute,
  getTeamEventTypeRoute,
  updateTeamEventTypeRoute,
  deleteTeamEventTypeRoute,
  roundRobinReportRoute,
  listTeamBookingsRoute,
  reassignBookingRoute,
  reassignBookingToUserRoute,
];
