import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../database';
import {
  eventTypeHosts,
  eventTypes,
  memberships,
  schedules,
  type EventTypeRow,
  type SchedulingType,
} from '../schema';
import { withPeople, type EventTypeRecord } from './event-type-people';

/** The columns a team event type is written with. */
export type TeamEventTypeValues = Omit<
  typeof eventTypes.$inferInsert,
  'id' | 'ownerId' | 'parentId' | 'createdAt' | 'updatedAt'
> & { teamId: number; schedulingType: SchedulingType };

/** A host of an event type as written. */
export interface HostSetting {
  userId: number;
  isFixed: boolean;
  priority: number;
  weight: number;
  scheduleId: number | null;
  bookingLimitsCount: { day?: number; week?: number } | null;
  rrRunOffset: number;
}

export async function insertTeamEventType(
  db: Db,
  values: TeamEventTypeValues,
): Promise<EventTypeRow> {
  const [row] = await db.insert(eventTypes).values(values).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/**
 * Makes the event type's hosts these: hosts that stay are updated in place, others removed or
 * added; then every host's round-robin state (turns, last assignment) is counted afresh from the
 * bookings, which also gives a returning host back its history.
 */
export async function replaceEventTypeHosts(
  db: Db,
  eventTypeId: number,
  hosts: HostSetting[],
): Promise<void> {
  const userIds = hosts.map((host) => host.userId);
  await db
    .delete(eventTypeHosts)
    .where(
      and(
        eq(eventTypeHosts.eventTypeId, eventTypeId),
        userIds.length ? notInArray(eventTypeHosts.userId, userIds) : undefined,
      ),
    );
  if (hosts.length === 0) return;
  await db
    .insert(eventTypeHosts)
    .values(hosts.map((host) => ({ ...host, eventTypeId })))
    .onConflictDoUpdate({
      target: [eventTypeHosts.eventTypeId, eventTypeHosts.userId],
      set: {
        isFixed: sql`excluded.is_fixed`,
        priority: sql`excluded.priority`,
        weight: sql`excluded.weight`,
        scheduleId: sql`excluded.schedule_id`,
        bookingLimitsCount: sql`excluded.booking_limits_count`,
        rrRunOffset: sql`excluded.rr_run_offset`,
      },
    });
  await db.execute(sql`
    UPDATE event_type_hosts eh SET
      rr_turns = (SELECT count(*) FROM booking_hosts h JOIN bookings b ON b.id = h.booking_id
                  WHERE b.event_type_id = eh.event_type_id AND h.user_id = eh.user_id
                    AND h.is_round_robin_turn AND b.status IN ('accepted', 'pending')),
      rr_last_assigned_at = (SELECT max(h.assigned_at) FROM booking_hosts h
                             JOIN bookings b ON b.id = h.booking_id
                             WHERE b.event_type_id = eh.event_type_id AND h.user_id = eh.user_id
                               AND b.status IN ('accepted', 'pending'))
    WHERE eh.event_type_id = ${eventTypeId}`);
}

/** Changes the settings of hosts already there (round-robin offsets after a rebase). */
export async function saveHostOffsets(
  db: Db,
  eventTypeId: number,
  offsets: ReadonlyMap<number, number>,
): Promise<void> {
  for (const [userId, rrRunOffset] of offsets) {
    await db
      .update(eventTypeHosts)
      .set({ rrRunOffset })
      .where(and(eq(eventTypeHosts.eventTypeId, eventTypeId), eq(eventTypeHosts.userId, userId)));
  }
}

/** The team's event type with this id. */
export async function findTeamEventType(
  db: Db,
  teamId: number,
  id: number,
): Promise<EventTypeRecord | undefined> {
  const rows = await db
    .select()
    .from(eventTypes)
    .where(and(eq(eventTypes.id, id), eq(eventTypes.teamId, teamId)));
  return (await withPeople(db, rows))[0];
}

/** Any event type by id, with its people. */
export async function findEventTypeRecord(
  db: Db,
  id: number,
): Promise<EventTypeRecord | undefined> {
  const rows = await db.select().from(eventTypes).where(eq(eventTypes.id, id));
  return (await withPeople(db, rows))[0];
}

/** The team's event types, oldest first; `slug` narrows to one. */
export async function listTeamEventTypes(
  db: Db,
  teamId: number,
  options: { slug?: string | undefined } = {},
): Promise<EventTypeRecord[]> {
  const rows = await db
    .select()
    .from(eventTypes)
    .where(
      and(
        eq(eventTypes.teamId, teamId),
        options.slug === undefined ? undefined : eq(eventTypes.slug, options.slug),
      ),
    )
    .orderBy(asc(eventTypes.createdAt), asc(eventTypes.id));
  return withPeople(db, rows);
}

/** Deletes the team's event type (a managed one's children go with it). */
export async function deleteTeamEventType(
  db: Db,
  teamId: number,
  id: number,
): Promise<EventTypeRow | undefined> {
  const [row] = await db
    .delete(eventTypes)
    .where(and(eq(eventTypes.id, id), eq(eventTypes.teamId, teamId)))
    .returning();
  return row;
}

/** A managed template's children (one per assigned member). */
export async function listChildEventTypes(db: Db, parentId: number): Promise<EventTypeRow[]> {
  return db
    .select()
    .from(eventTypes)
    .where(eq(eventTypes.parentId, parentId))
    .orderBy(asc(eventTypes.id));
}

/** Writes a member's child of a managed template, the member as its one host. */
export async function insertChildEventType(
  db: Db,
  values: Omit<typeof eventTypes.$inferInsert, 'id' | 'teamId' | 'createdAt' | 'updatedAt'> & {
    ownerId: number;
    parentId: number;
  },
): Promise<EventTypeRow> {
  const [row] = await db.insert(eventTypes).values(values).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  await db.insert(eventTypeHosts).values({ eventTypeId: row.id, userId: values.ownerId });
  return row;
}

/** Deletes the template's children whose owners are not among `keepOwnerIds`. */
export async function deleteChildEventTypes(
  db: Db,
  parentId: number,
  keepOwnerIds: number[],
): Promise<void> {
  await db
    .delete(eventTypes)
    .where(
      and(
        eq(eventTypes.parentId, parentId),
        keepOwnerIds.length ? notInArray(eventTypes.ownerId, keepOwnerIds) : undefined,
      ),
    );
}

/** The team's event types that every accepted member hosts. */
export async function listAssignAllEventTypes(db: Db, teamId: number): Promise<EventTypeRecord[]> {
  const rows = await db
    .select()
    .from(eventTypes)
    .where(and(eq(eventTypes.teamId, teamId), eq(eventTypes.assignAllTeamMembers, true)))
    .orderBy(asc(eventTypes.id));
  return withPeople(db, rows);
}

/** The team's event types the user hosts. */
export async function listTeamEventTypesHostedBy(
  db: Db,
  teamId: number,
  userId: number,
): Promise<EventTypeRecord[]> {
  const rows = await db
    .select({ eventType: eventTypes })
    .from(eventTypes)
    .innerJoin(eventTypeHosts, eq(eventTypeHosts.eventTypeId, eventTypes.id))
    .where(and(eq(eventTypes.teamId, teamId), eq(eventTypeHosts.userId, userId)))
    .orderBy(asc(eventTypes.id));
  return withPeople(
    db,
    rows.map((row) => row.eventType),
  );
}

/** Of these users, the ones who are accepted members of the team. */
export async function acceptedMemberIds(
  db: Db,
  teamId: number,
  userIds?: number[],
): Promise<number[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.teamId, teamId),
        eq(memberships.accepted, true),
        userIds ? inArray(memberships.userId, userIds.length ? userIds : [-1]) : undefined,
      ),
    )
    .orderBy(asc(memberships.id));
  return rows.map((row) => row.userId);
}

/** The ids of schedules among `scheduleIds` that belong to `userId`. */
export async function schedulesOwnedBy(
  db: Db,
  userId: number,
  scheduleIds: number[],
): Promise<number[]> {
  if (scheduleIds.length === 0) return [];
  const rows = await db
    .select({ id: schedules.id })
    .from(schedules)
    .where(and(eq(schedules.userId, userId), inArray(schedules.id, scheduleIds)));
  return rows.map((row) => row.id);
}
