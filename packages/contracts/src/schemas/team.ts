import { z } from 'zod';
import { httpUrl } from './event-type-locations';
import { dbId, MAX_DB_ID } from './ids';
import { timeZone } from './time-zone';
import { bookingPageTheme, hexColor, weekDay } from './user';

export * from './team-event-type';

const idParam = z.coerce.number().int().positive().max(MAX_DB_ID);

/** Roles inside a team (PRD 3.10), Cal.com's spelling; any case is accepted. */
export const teamRole = z.preprocess(
  (value) => (typeof value === 'string' ? value.toUpperCase() : value),
  z.enum(['OWNER', 'ADMIN', 'MEMBER']),
);

export type TeamRoleName = z.output<typeof teamRole>;

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, digits and "-"');

/** A team's settings, each optional (Cal.com CreateTeamInput; a few display flags). */
const teamSettings = {
  slug: slug.describe("The team's booking link: /team/{slug}; default: from the name"),
  bio: z.string().max(5000).nullable(),
  logoUrl: httpUrl.max(2048).nullable(),
  bannerUrl: httpUrl.max(2048).nullable(),
  isPrivate: z.boolean().describe('Hide the member list from the public team page'),
  hideBookATeamMember: z.boolean(),
  hideBranding: z.boolean(),
  brandColor: hexColor.nullable(),
  darkBrandColor: hexColor.nullable(),
  theme: bookingPageTheme.nullable(),
  timeZone: timeZone.describe("The zone of the team's event-type limit periods"),
  weekStart: weekDay,
  timeFormat: z.union([z.literal(12), z.literal(24)]).nullable(),
  metadata: z
    .record(z.string().max(100), z.unknown())
    .refine((value) => Object.keys(value).length <= 50, 'At most 50 keys'),
};

const name = z.string().trim().min(1).max(200);

/** `POST /v2/teams`: the caller becomes its owner. */
export const createTeamInput = z
  .object({ name, ...teamSettings })
  .partial()
  .required({ name: true });

/** `PATCH /v2/teams/{teamId}`: settings given change, the others stay. */
export const updateTeamInput = z.object({ name, ...teamSettings }).partial();

export type CreateTeamInput = z.output<typeof createTeamInput>;
export type UpdateTeamInput = z.output<typeof updateTeamInput>;

/** A team as the API returns it (Cal.com's team output, organizations aside). */
export const teamOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  bio: z.string().nullable(),
  logoUrl: z.string().nullable(),
  bannerUrl: z.string().nullable(),
  isPrivate: z.boolean(),
  hideBookATeamMember: z.boolean(),
  hideBranding: z.boolean(),
  brandColor: z.string().nullable(),
  darkBrandColor: z.string().nullable(),
  theme: z.string().nullable(),
  timeZone: z.string(),
  weekStart: z.string(),
  timeFormat: z.number().int().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  parentId: z.null().describe('Organizations are not supported: always null'),
  isOrganization: z.literal(false),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type TeamOutput = z.input<typeof teamOutput>;

/** `{teamId}` in a path. */
export const teamIdParams = z.object({ teamId: idParam });

/** `{teamId}` and `{membershipId}` in a path. */
export const membershipParams = z.object({ teamId: idParam, membershipId: idParam });

/** `POST /v2/teams/{teamId}/memberships` (Cal.com): an admin adds a user directly. */
export const createMembershipInput = z.object({
  userId: dbId,
  role: teamRole.default('MEMBER'),
  accepted: z.boolean().default(false).describe('false: the user must accept before it counts'),
  disableImpersonation: z.boolean().default(false),
});

/** `PATCH /v2/teams/{teamId}/memberships/{membershipId}`. */
export const updateMembershipInput = z.object({
  role: teamRole.optional(),
  accepted: z.boolean().optional(),
  disableImpersonation: z.boolean().optional(),
});

export type CreateMembershipInput = z.output<typeof createMembershipInput>;
export type UpdateMembershipInput = z.output<typeof updateMembershipInput>;

/** A membership (Cal.com's shape); the user is shown without private details. */
export const membershipOutput = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  teamId: z.number().int(),
  accepted: z.boolean(),
  role: z.enum(['OWNER', 'ADMIN', 'MEMBER']),
  disableImpersonation: z.boolean(),
  user: z.object({
    email: z.string(),
    avatarUrl: z.string().nullable(),
    username: z.string(),
    name: z.string(),
    bio: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
  }),
});

export type MembershipOutput = z.input<typeof membershipOutput>;

/** `POST /v2/teams/{teamId}/invitations`: invite an address, with or without an account. */
export const inviteMemberInput = z.object({
  email: z.email('Must be an email address').max(320),
  role: teamRole.default('MEMBER'),
});

export type InviteMemberInput = z.output<typeof inviteMemberInput>;

/** An invitation: a pending membership when the address has an account, else one by email. */
export const invitationOutput = z.object({
  teamId: z.number().int(),
  email: z.string(),
  role: z.enum(['OWNER', 'ADMIN', 'MEMBER']),
  userId: z.number().int().nullable().describe('The invited user, when the address has an account'),
  membershipId: z.number().int().nullable(),
  invitationId: z.number().int().nullable(),
});

/** What waits for the caller: invitations to accept. */
export const pendingInvitationOutput = z.object({
  team: z.object({ id: z.number().int(), name: z.string(), slug: z.string() }),
  role: z.enum(['OWNER', 'ADMIN', 'MEMBER']),
  membershipId: z.number().int().nullable(),
  invitationId: z.number().int().nullable(),
});

export type InvitationOutput = z.input<typeof invitationOutput>;
export type PendingInvitationOutput = z.input<typeof pendingInvitationOutput>;

/** `POST /v2/bookings/{uid}/reassign` and `…/reassign/{userId}`. */
export const reassignBookingInput = z.object({
  reason: z.string().max(1000).optional().describe('Recorded with the outbox event'),
});

/** `{uid}` of a booking and `{userId}` of its new host. */
export const reassignToUserParams = z.object({
  uid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'Not a booking uid (letters, digits, "-" and "_")'),
  userId: idParam,
});

/** Cal.com's answer to a reassignment. */
export const reassignBookingOutput = z.object({
  bookingUid: z.string(),
  reassignedTo: z.object({
    id: z.number().int(),
    name: z.string(),
    email: z.string(),
    displayEmail: z.string(),
  }),
});

export type ReassignBookingInput = z.output<typeof reassignBookingInput>;
export type ReassignBookingOutput = z.input<typeof reassignBookingOutput>;
