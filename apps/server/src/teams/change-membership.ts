import {
  AppError,
  notFound,
  validationError,
  type CreateMembershipInput,
  type UpdateMembershipInput,
} from '@kairos/contracts';
import {
  countOwners,
  deleteMembership,
  findMembership,
  findUserById,
  insertMembership,
  isUniqueViolation,
  saveMembership,
  type Database,
  type MembershipRecord,
  type TeamRole,
} from '@kairos/db';
import { isAtLeast, type TeamAccess } from './team-access';
import { dropMemberHosts, syncMemberHosts } from './sync-member-hosts';

/** Only an owner may make an owner or change an owner's membership. */
function assertMayTouch(access: TeamAccess, roles: Array<TeamRole | undefined>): void {
  if (roles.includes('OWNER') && !isAtLeast(access.membership.role, 'OWNER')) {
    throw new AppError('FORBIDDEN', 'Only team owners may make or change owners');
  }
}

/** A team keeps at least one accepted owner. */
async function assertNotLastOwner(database: Database, record: MembershipRecord): Promise<void> {
  const { membership } = record;
  if (membership.role !== 'OWNER' || !membership.accepted) return;
  if ((await countOwners(database.db, membership.teamId)) <= 1) {
    throw new AppError('CONFLICT', 'A team needs an owner: make another member owner first');
  }
}

/** Adds a user to the team (Cal.com's shape): admins add members, owners add owners. */
export async function addMembership(
  database: Database,
  access: TeamAccess,
  input: CreateMembershipInput,
): Promise<MembershipRecord> {
  assertMayTouch(access, [input.role]);
  const user = await findUserById(database.db, input.userId);
  if (!user) throw validationError([{ field: 'userId', message: 'No user has this id' }]);
  let id: number;
  try {
    ({ id } = await insertMembership(database.db, { ...input, teamId: access.team.id }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('CONFLICT', 'This user is already a member or invited');
  }
  if (input.accepted) await syncMemberHosts(database, access.team.id);
  return teamMembership(database, access.team.id, id);
}

/** Loads one of the team's memberships. */
export async function teamMembership(
  database: Database,
  teamId: number,
  membershipId: number,
): Promise<MembershipRecord> {
  const record = await findMembership(database.db, teamId, membershipId);
  if (!record) throw notFound('Membership');
  return record;
}

/** Changes a role or acceptance; owners are touched only by owners, the last one stays. */
export async function updateMembership(
  database: Database,
  access: TeamAccess,
  record: MembershipRecord,
  input: UpdateMembershipInput,
): Promise<MembershipRecord> {
  assertMayTouch(access, [record.membership.role, input.role]);
  const demotes = input.role !== undefined && input.role !== 'OWNER';
  if (demotes || input.accepted === false) await assertNotLastOwner(database, record);
  await saveMembership(database.db, record.membership.id, input);
  if (input.accepted !== undefined && input.accepted !== record.membership.accepted) {
    if (input.accepted) await syncMemberHosts(database, access.team.id);
    else await dropMemberHosts(database, access.team.id, record.membership.userId);
  }
  return teamMembership(database, access.team.id, record.membership.id);
}

/** Removes a member (admins; owners by owners) or lets a member leave; never the last owner. */
export async function removeMembership(
  database: Database,
  access: TeamAccess,
  record: MembershipRecord,
): Promise<MembershipRecord> {
  const isSelf = record.membership.userId === access.membership.userId;
  if (!isSelf) {
    if (!isAtLeast(access.membership.role, 'ADMIN')) {
      throw new AppError('FORBIDDEN', 'Only team admins and owners may remove members');
    }
    assertMayTouch(access, [record.membership.role]);
  }
  await assertNotLastOwner(database, record);
  await dropMemberHosts(database, access.team.id, record.membership.userId);
  await deleteMembership(database.db, record.membership.id);
  return record;
}
