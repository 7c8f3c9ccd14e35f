import {
  AppError,
  notFound,
  type InvitationOutput,
  type InviteMemberInput,
} from '@kairos/contracts';
import {
  deleteInvitation,
  deleteMembership,
  findInvitation,
  findMembershipOf,
  findTeam,
  findUserByEmail,
  insertInvitation,
  insertMembership,
  isUniqueViolation,
  saveMembership,
  type Database,
  type MembershipRecord,
  type TeamRole,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { teamMembership } from './change-membership';
import { isAtLeast, type TeamAccess } from './team-access';
import { syncMemberHosts } from './sync-member-hosts';

const alreadyThere = () => new AppError('CONFLICT', 'This address is already a member or invited');

/**
 * Invites an address (admins; owners to invite owners): a user with that email gets a pending
 * membership, an address without an account an invitation it accepts once it has one.
 */
export async function inviteMember(
  database: Database,
  access: TeamAccess,
  input: InviteMemberInput,
  invitedById: number,
): Promise<InvitationOutput> {
  if (input.role === 'OWNER' && !isAtLeast(access.membership.role, 'OWNER')) {
    throw new AppError('FORBIDDEN', 'Only team owners may make or change owners');
  }
  const teamId = access.team.id;
  const user = await findUserByEmail(database.db, input.email);
  const base = { teamId, email: input.email, role: input.role };
  try {
    if (user) {
      const row = await insertMembership(database.db, {
        teamId,
        userId: user.id,
        role: input.role,
        accepted: false,
      });
      return { ...base, userId: user.id, membershipId: row.id, invitationId: null };
    }
    const invitation = await insertInvitation(database.db, { ...base, invitedById });
    return { ...base, userId: null, membershipId: null, invitationId: invitation.id };
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyThere();
    throw error;
  }
}

/** What the caller was invited to: a pending membership or an invitation of their email. */
async function pendingFor(database: Database, teamId: number, caller: Caller) {
  const membership = await findMembershipOf(database.db, teamId, caller.user.id);
  if (membership?.accepted) throw new AppError('CONFLICT', 'You are already a member');
  const invitation = membership
    ? undefined
    : await findInvitation(database.db, teamId, caller.user.email);
  if (!membership && !invitation) throw notFound('Invitation');
  return { membership, invitation };
}

/** Accepts the caller's invitation: the membership counts from now on. */
export async function acceptInvitation(
  database: Database,
  teamId: number,
  caller: Caller,
): Promise<MembershipRecord> {
  const { membership, invitation } = await pendingFor(database, teamId, caller);
  let id: number;
  if (membership) {
    id = (await saveMembership(database.db, membership.id, { accepted: true })).id;
  } else {
    const role: TeamRole = invitation!.role;
    try {
      id = (
        await insertMembership(database.db, {
          teamId,
          userId: caller.user.id,
          role,
          accepted: true,
        })
      ).id;
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyThere();
      throw error;
    }
    await deleteInvitation(database.db, invitation!.id);
  }
  await syncMemberHosts(database, teamId);
  return teamMembership(database, teamId, id);
}

/** Declines the caller's invitation: it is gone. */
export async function declineInvitation(
  database: Database,
  teamId: number,
  caller: Caller,
): Promise<{ teamId: number; declined: true }> {
  if (!(await findTeam(database.db, teamId))) throw notFound('Invitation');
  const { membership, invitation } = await pendingFor(database, teamId, caller);
  if (membership) await deleteMembership(database.db, membership.id);
  if (invitation) await deleteInvitation(database.db, invitation.id);
  return { teamId, declined: true };
}
