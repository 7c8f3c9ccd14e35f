import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../database';
import {
  bookingHosts,
  bookings,
  eventTypeHosts,
  eventTypes,
  outOfOffice,
  schedules,
  users,
  type EventTypeRow,
  type ScheduleRow,
  type UserRow,
} from '../schema';

/** How a slot search names its event type: by id, or by the owner's username and the slug. */
export type EventTypeLocator = { id: number } | { username: string; slug: string };

/** The event type and its owner, or undefined. */
export async function findEventTypeWithOwner(
  db: Db,
  locator: EventTypeLocator,
): Promise<{ eventType: EventTypeRow; owner: UserRow | null } | undefined> {
  const where =
    'id' in locator
      ? eq(eventTypes.id, locator.id)
      : and(
          eq(eventTypes.slug, locator.slug),
          sql`lower(${users.username}) = lower(${locator.username})`,
        );
  const [row] = await db
    .select({ eventType: eventTypes, owner: users })
    .from(eventTypes)
    .leftJoin(users, eq(users.id, eventTypes.ownerId))
    .where(where)
    .limit(1);
  return row;
}

export interface HostWithSchedule {
  userId: number;
  isFixed: boolean;
  user: UserRow;
  /** host's own schedule, else the event type's, else the user's default; null when none. */
  schedule: ScheduleRow | null;
}

/** The hosts of an event type with the schedule each one's availability comes from. */
export async function loadHostsWithSchedules(
  db: Db,
  eventType: EventTypeRow,
): Promise<HostWithSchedule[]> {
  const hosts = await db
    .select({ host: eventTypeHosts, user: users })
    .from(eventTypeHosts)
    .innerJoin(users, eq(users.id, eventTypeHosts.userId))
    .where(eq(eventTypeHosts.eventTypeId, eventType.id));
  const scheduleIdOf = (host: (typeof hosts)[number]) =>
    host.host.scheduleId ??
    (eventType.teamId === null ? eventType.scheduleId : null) ??
    host.user.defaultScheduleId;
  const ids = [...new Set(hosts.map(scheduleIdOf).filter((id): id is number => id !== null))];
  const rows = ids.length
    ? await db.select().from(schedules).where(inArray(schedules.id, ids))
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return hosts.map((host) => {
    const id = scheduleIdOf(host);
    return {
      userId: host.user.id,
      isFixed: host.host.isFixed,
      user: host.user,
      schedule: id === null ? null : (byId.get(id) ?? null),
    };
  });
}

export interface BlockingBooking {
  uid: string;
  eventTypeId: number | null;
  startAt: Date;
  endAt: Date;
  beforeBufferMinutes: number;
  afterBufferMinutes: number;
  hostIds: number[];
  attendeeCount: number;
}

/** Bookings that block any of the hosts somewhere in [from, to), one entry per booking. */
export async function loadBlockingBookings(
  db: Db,
  hostIds: number[],
  from: Date,
  to: Date,
): Promise<BlockingBooking[]> {
  if (hostIds.length === 0) return [];
  const rows = await db
    .select({
      uid: bookings.uid,
      eventTypeId: bookings.eventTypeId,
      startAt: bookings.startAt,
      endAt: bookings.endAt,
      beforeBufferMinutes: bookings.beforeBufferMinutes,
      afterBufferMinutes: bookings.afterBufferMinutes,
      userId: bookingHosts.userId,
      attendeeCount: sql<number>`(SELECT count(*)::int FROM booking_attendees a WHERE a.booking_id = ${bookings.id})`,
    })
    .from(bookingHosts)
    .innerJoin(bookings, eq(bookings.id, bookingHosts.bookingId))
    .where(
      and(
        inArray(bookingHosts.userId, hostIds),
        eq(bookingHosts.isBlocking, true),
        lt(bookingHosts.blockedStart, to),
        gt(bookingHosts.blockedEnd, from),
      ),
    );
  const byUid = new Map<string, BlockingBooking>();
  for (const { userId, ...row } of rows) {
    const existing = byUid.get(row.uid);
    if (existing) existing.hostIds.push(userId);
    else
      byUid.set(row.uid, { ...row, attendeeCount: Number(row.attendeeCount), hostIds: [userId] });
  }
  return [...byUid.values()];
}

/** Out-of-office entries of the hosts overlapping [from, to). */
export async function loadOutOfOffice(db: Db, hostIds: number[], from: Date, to: Date) {
  if (hostIds.length === 0) return [];
  return db
    .select({
      id: outOfOffice.id,
      userId: outOfOffice.userId,
      startAt: outOfOffice.startAt,
      endAt: outOfOffice.endAt,
    })
    .from(outOfOffice)
    .where(
      and(
        inArray(outOfOffice.userId, hostIds),
        lt(outOfOffice.startAt, to),
        gt(outOfOffice.endAt, from),
      ),
    );
}
