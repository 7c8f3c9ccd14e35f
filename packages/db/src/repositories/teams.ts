import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../database';
import {
  memberships,
  teamInvitations,
  teams,
  users,
  type MembershipRow,
  type TeamInvitationRow,
  type TeamRole,
  type TeamRow,
} from '../schema';

export type TeamValues = Omit<typeof teams.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type TeamChanges = Partial<TeamValues>;

/** A member as a membership shows them. */
export interface MemberPerson {
  id: number;
  email: string;
  username: string;
  name: string;
}

export interface MembershipRecord {
  membership: MembershipRow;
  user: MemberPerson;
}

const memberPerson = {
  id: users.id,
  email: users.email,
  username: users.username,
  name: users.name,
};

/** Creates a team with its creator as its accepted owner, in one transaction. */
export async function insertTeamWithOwner(
  db: Db,
  values: TeamValues,
  ownerId: number,
): Promise<TeamRow> {
  return db.transaction(async (tx) => {
    const [team] = await tx.insert(teams).values(values).returning();
    if (!team) throw new Error('INSERT ... RETURNING gave no row');
    await tx
      .insert(memberships)
      .values({ teamId: team.id, userId: ownerId, role: 'OWNER', accepted: true });
    return team;
  });
}

export async function findTeam(db: Db, id: number): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

/** The team with this slug (any case). */
export async function findTeamBySlug(db: Db, slug: string): Promise<TeamRow | undefined> {
  const [row] = await db
    .select()
    .from(teams)
    .where(sql`lower(${teams.slug}) = lower(${slug})`);
  return row;
}

/** The teams the user is an accepted member of, oldest first. */
export async function listTeamsOfUser(db: Db, userId: number): Promise<TeamRow[]> {
  const rows = await db
    .select({ team: teams })
    .from(teams)
    .innerJoin(memberships, eq(memberships.teamId, teams.id))
    .where(and(eq(memberships.userId, userId), eq(memberships.accepted, true)))
    .orderBy(asc(teams.id));
  return rows.map((row) => row.team);
}

export async function saveTeam(db: Db, id: number, changes: TeamChanges): Promise<TeamRow> {
  const [row] = await db
    .update(teams)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(teams.id, id))
    .returning();
  if (!row) throw new Error(`team ${id} vanished during update`);
  return row;
}

/** Deletes the team; its memberships, invitations and event types go with it. */
export async function deleteTeam(db: Db, id: number): Promise<TeamRow | undefined> {
  const [row] = await db.delete(teams).where(eq(teams.id, id)).returning();
  return row;
}

/** The user's membership of the team (accepted or not), if any. */
export async function findMembershipOf(
  db: Db,
  teamId: number,
  userId: number,
): Promise<MembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
  return row;
}

/** The team's memberships with their users, oldest first. */
export async function listMemberships(db: Db, teamId: number): Promise<MembershipRecord[]> {
  return db
    .select({ membership: memberships, user: memberPerson })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId))
    .orderBy(asc(memberships.id));
}

/** One membership of the team by its id. */
export async function findMembership(
  db: Db,
  teamId: number,
  id: number,
): Promise<MembershipRecord | undefined> {
  const [row] = await db
    .select({ membership: memberships, user: memberPerson })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.teamId, teamId), eq(memberships.id, id)));
  return row;
}

/** Adds a membership; the unique (team, user) index refuses a second one. */
export async function insertMembership(
  db: Db,
  values: {
    teamId: number;
    userId: number;
    role: TeamRole;
    accepted: boolean;
    disableImpersonation?: boolean;
  },
): Promise<MembershipRow> {
  const [row] = await db.insert(memberships).values(values).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

export async function saveMembership(
  db: Db,
  id: number,
  changes: Partial<Pick<MembershipRow, 'role' | 'accepted' | 'disableImpersonation'>>,
): Promise<MembershipRow> {
  const [row] = await db
    .update(memberships)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(memberships.id, id))
    .returning();
  if (!row) throw new Error(`membership ${id} vanished during update`);
  return row;
}

export async function deleteMembership(db: Db, id: number): Promise<void> {
  await db.delete(memberships).where(eq(memberships.id, id));
}

/** How many accepted owners the team has. */
export async function countOwners(db: Db, teamId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.teamId, teamId),
        eq(memberships.role, 'OWNER'),
        eq(memberships.accepted, true),
      ),
    );
  return row?.n ?? 0;
}

/** Invites an address; the unique (team, lower(email)) index refuses a second invitation. */
export async function insertInvitation(
  db: Db,
  values: { teamId: number; email: string; role: TeamRole; invitedById: number },
): Promise<TeamInvitationRow> {
  const [row] = await db.insert(teamInvitations).values(values).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/** The team's invitation of this address (any case), if any. */
export async function findInvitation(
  db: Db,
  teamId: number,
  email: string,
): Promise<TeamInvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(teamInvitations)
    .where(
      and(
        eq(teamInvitations.teamId, teamId),
        sql`lower(${teamInvitations.email}) = lower(${email})`,
      ),
    );
  return row;
}

export async function deleteInvitation(db: Db, id: number): Promise<void> {
  await db.delete(teamInvitations).where(eq(teamInvitations.id, id));
}

/** Whether any team invited this address (any case): it may sign up when sign-up is closed. */
export async function isInvitedEmail(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: teamInvitations.id })
    .from(teamInvitations)
    .where(sql`lower(${teamInvitations.email}) = lower(${email})`)
    .limit(1);
  return row !== undefined;
}

/** What waits for a user: unaccepted memberships and invitations of their email. */
export interface PendingInvitation {
  team: TeamRow;
  role: TeamRole;
  membershipId: number | null;
  invitationId: number | null;
}

export async function listPendingInvitations(
  db: Db,
  user: { id: number; email: string },
): Promise<PendingInvitation[]> {
  const [unaccepted, invited] = await Promise.all([
    db
      .select({ team: teams, role: memberships.role, id: memberships.id })
      .from(memberships)
      .innerJoin(teams, eq(teams.id, memberships.teamId))
      .where(and(eq(memberships.userId, user.id), eq(memberships.accepted, false))),
    db
      .select({ team: teams, role: teamInvitations.role, id: teamInvitations.id })
      .from(teamInvitations)
      .innerJoin(teams, eq(teams.id, teamInvitations.teamId))
      .where(sql`lower(${teamInvitations.email}) = lower(${user.email})`),
  ]);
  return [
    ...unaccepted.map((row) => ({ ...row, membershipId: row.id, invitationId: null })),
    ...invited.map((row) => ({ ...row, membershipId: null, invitationId: row.id })),
  ]
    .map(({ id: _id, ...pending }) => pending)
    .sort((a, b) => a.team.id - b.team.id);
}

/** The team's invitations of addresses without an account yet. */
export async function listInvitations(db: Db, teamId: number): Promise<TeamInvitationRow[]> {
  return db
    .select()
    .from(teamInvitations)
    .where(eq(teamInvitations.teamId, teamId))
    .orderBy(asc(teamInvitations.id));
}
