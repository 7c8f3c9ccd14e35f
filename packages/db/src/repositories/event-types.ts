import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../database';
import { eventTypeHosts, eventTypes, schedules, users, type EventTypeRow } from '../schema';

/** The columns an event type is written with; the database fills id and timestamps. */
export type EventTypeValues = Omit<
  typeof eventTypes.$inferInsert,
  'id' | 'teamId' | 'schedulingType' | 'createdAt' | 'updatedAt'
>;

export type EventTypeChanges = Partial<Omit<EventTypeValues, 'ownerId'>>;

/** A person shown on an event type. */
export interface EventTypePerson {
  id: number;
  name: string;
  username: string;
}

export interface EventTypeHost {
  userId: number;
  name: string;
  username: string;
  isFixed: boolean;
  priority: number;
}

/** An event type with the people it shows: its owner and its hosts. */
export interface EventTypeRecord {
  eventType: EventTypeRow;
  owner: EventTypePerson | null;
  hosts: EventTypeHost[];
}

export interface EventTypeListOptions {
  slug?: string | undefined;
  newestFirst?: boolean | undefined;
  /** Hidden event types are left out unless asked for. */
  includeHidden?: boolean | undefined;
}

const person = { id: users.id, name: users.name, username: users.username };

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

/** Owners and hosts of the rows, in one query each. */
async function withPeople(db: Db, rows: EventTypeRow[]): Promise<EventTypeRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const ownerIds = [...new Set(rows.flatMap((row) => (row.ownerId === null ? [] : [row.ownerId])))];
  const [owners, hosts] = await Promise.all([
    ownerIds.length ? db.select(person).from(users).where(inArray(users.id, ownerIds)) : [],
    db
      .select({
        eventTypeId: eventTypeHosts.eventTypeId,
        isFixed: eventTypeHosts.isFixed,
        priority: eventTypeHosts.priority,
        userId: users.id,
        name: users.name,
        username: users.username,
      })
      .from(eventTypeHosts)
      .innerJoin(users, eq(users.id, eventTypeHosts.userId))
      .where(inArray(eventTypeHosts.eventTypeId, ids))
      .orderBy(asc(eventTypeHosts.createdAt), asc(eventTypeHosts.userId)),
  ]);
  return rows.map((eventType) => ({
    eventType,
    owner: owners.find((owner) => owner.id === eventType.ownerId) ?? null,
    hosts: hosts
      .filter((host) => host.eventTypeId === eventType.id)
      .map(({ eventTypeId: _eventTypeId, ...host }) => host),
  }));
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
