import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { eventTypeHosts, eventTypes, schedules, users, type EventTypeRow } from '../schema';
import { withPeople, type EventTypeRecord } from './event-type-people';

export type {
  EventTypeHost,
  EventTypeParent,
  EventTypePerson,
  EventTypeRecord,
  EventTypeTeam,
} from './event-type-people';
export * from './team-event-types';

/** The columns an event type is written with; the database fills id and timestamps. */
export type EventTypeValues = Omit<
  typeof eventTypes.$inferInsert,
  | 'id'
  | 'teamId'
  | 'schedulingType'
  | 'parentId'
  | 'assignAllTeamMembers'
  | 'unlockedFields'
  | 'createdAt'
  | 'updatedAt'
>;

export type EventTypeChanges = Partial<Omit<EventTypeValues, 'ownerId'>>;

export interface EventTypeListOptions {
  slug?: string | undefined;
  newestFirst?: boolean | undefined;
  /** Hidden event types are left out unless asked for. */
  includeHidden?: boolean | undefined;
}

export async function insertEventType(db: Db, values: EventTypeValues): Promise<EventTypeRow> {
  const [row] = await db.insert(eventTypes).values(values).returning();
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

export async function insertEventTypeHost(
  db: Db,
  host: { eventTypeId: number; userId: number; isFixed: boolean },
): Promise<void> {
  await db.insert(eventTypeHosts).values(host);
}

/** The owner's personal event type with this id, if there is one. */
export async function findEventTypeOfOwner(
  db: Db,
  ownerId: number,
  id: number,
): Promise<EventTypeRecord | undefined> {
  const rows = await db
    .select()
    .from(eventTypes)
    .where(and(eq(eventTypes.id, id), eq(eventTypes.ownerId, ownerId), isNull(eventTypes.teamId)));
  return (await withPeople(db, rows))[0];
}

function listFilters(options: EventTypeListOptions) {
  return [
    isNull(eventTypes.teamId),
    options.includeHidden ? undefined : eq(eventTypes.hidden, false),
    options.slug === undefined ? undefined : eq(eventTypes.slug, options.slug),
  ];
}

function ordered(options: EventTypeListOptions) {
  return options.newestFirst
    ? [desc(eventTypes.createdAt), desc(eventTypes.id)]
    : [asc(eventTypes.createdAt), asc(eventTypes.id)];
}

/** The owner's personal event types. */
export async function listEventTypesOfOwner(
  db: Db,
  ownerId: number,
  options: EventTypeListOptions = {},
): Promise<EventTypeRecord[]> {
  const rows = await db
    .select()
    .from(eventTypes)
    .where(and(eq(eventTypes.ownerId, ownerId), ...listFilters(options)))
    .orderBy(...ordered(options));
  return withPeople(db, rows);
}

/** The personal event types of the user with this username (any case). */
export async function listEventTypesOfUsername(
  db: Db,
  username: string,
  options: EventTypeListOptions = {},
): Promise<EventTypeRecord[]> {
  const rows = await db
    .select({ eventType: eventTypes })
    .from(eventTypes)
    .innerJoin(users, eq(users.id, eventTypes.ownerId))
    .where(and(sql`lower(${users.username}) = lower(${username})`, ...listFilters(options)))
    .orderBy(...ordered(options));
  return withPeople(
    db,
    rows.map((row) => row.eventType),
  );
}

export async function saveEventType(
  db: Db,
  id: number,
  changes: EventTypeChanges,
): Promise<EventTypeRow> {
  const [row] = await db
    .update(eventTypes)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(eventTypes.id, id))
    .returning();
  if (!row) throw new Error(`event type ${id} vanished during update`);
  return row;
}

/** Deletes the owner's personal event type; undefined when there is no such event type. */
export async function deleteEventTypeOfOwner(
  db: Db,
  ownerId: number,
  id: number,
): Promise<EventTypeRow | undefined> {
  const [row] = await db
    .delete(eventTypes)
    .where(and(eq(eventTypes.id, id), eq(eventTypes.ownerId, ownerId), isNull(eventTypes.teamId)))
    .returning();
  return row;
}

/** Whether the schedule exists and is the user's: an event type may only use its owner's. */
export async function userOwnsSchedule(
  db: Db,
  userId: number,
  scheduleId: number,
): Promise<boolean> {
  const rows = await db
    .select({ id: schedules.id })
    .from(schedules)
    .where(and(eq(schedules.id, scheduleId), eq(schedules.userId, userId)));
  return rows.length > 0;
}
