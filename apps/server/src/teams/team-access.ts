import { AppError, notFound } from '@kairos/contracts';
import {
  findMembershipOf,
  findTeam,
  type Db,
  type MembershipRow,
  type TeamRole,
  type TeamRow,
} from '@kairos/db';
import type { Caller } from '../auth/caller';

const RANK: Record<TeamRole, number> = { MEMBER: 0, ADMIN: 1, OWNER: 2 };

/** Whether a role is at least another (OWNER > ADMIN > MEMBER). */
export const isAtLeast = (role: TeamRole, least: TeamRole): boolean => RANK[role] >= RANK[least];

export interface TeamAccess {
  team: TeamRow;
  membership: MembershipRow;
}

const WHAT: Record<TeamRole, string> = {
  MEMBER: 'members',
  ADMIN: 'team admins and owners',
  OWNER: 'team owners',
};

/**
 * The team as the caller may act on it: NOT_FOUND unless they are an accepted member (another
 * tenant learns nothing), FORBIDDEN when their role is below `least`.
 */
export async function teamAccess(
  db: Db,
  teamId: number,
  caller: Caller,
  least: TeamRole = 'MEMBER',
): Promise<TeamAccess> {
  const membership = await findMembershipOf(db, teamId, caller.user.id);
  const team = membership?.accepted ? await findTeam(db, teamId) : undefined;
  if (!team || !membership) throw notFound('Team');
  if (!isAtLeast(membership.role, least)) {
    throw new AppError('FORBIDDEN', `Only ${WHAT[least]} may do this`);
  }
  return { team, membership };
}

/** The user's accepted role in the team, or null. */
export async function acceptedRoleOf(
  db: Db,
  teamId: number,
  userId: number,
): Promise<TeamRole | null> {
  const membership = await findMembershipOf(db, teamId, userId);
  return membership?.accepted ? membership.role : null;
}
