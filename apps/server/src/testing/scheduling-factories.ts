import {
  bookingAttendees,
  bookingHosts,
  bookings,
  eventTypeHosts,
  eventTypes,
  outOfOffice,
  schedules,
  type AvailabilityOverride,
  type AvailabilityRule,
  type Db,
  type EventTypeRow,
} from '@kairos/db';
import { randomBytes } from 'node:crypto';

const WEEKDAYS: AvailabilityRule[] = [
  { days: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '17:00' },
];

/** A schedule row (Mon–Fri 09:00–17:00 unless told otherwise). */
export async function insertSchedule(
  db: Db,
  userId: number,
  options: {
    timeZone?: string;
    availability?: AvailabilityRule[];
    overrides?: AvailabilityOverride[];
  } = {},
) {
  const [row] = await db
    .insert(schedules)
    .values({
      userId,
      name: 'Test hours',
      timeZone: options.timeZone ?? 'America/New_York',
      availability: options.availability ?? WEEKDAYS,
      overrides: options.overrides ?? [],
    })
    .returning();
  return row!;
}

let slugs = 0;

/** A personal event type with its owner as host; notice 0 unless told otherwise. */
export async function insertEventType(
  db: Db,
  ownerId: number,
  values: Partial<typeof eventTypes.$inferInsert> = {},
): Promise<EventTypeRow> {
  const [row] = await db
    .insert(eventTypes)
    .values({
      ownerId,
      title: '30 min',
      slug: `meet-${++slugs}`,
      lengthInMinutes: 30,
      minimumBookingNotice: 0,
      ...values,
    })
    .returning();
  await db.insert(eventTypeHosts).values({ eventTypeId: row!.id, userId: ownerId, isFixed: true });
  return row!;
}

/** An accepted booking occupying its hosts, as the booking use case will write it. */
export async function insertBooking(
  db: Db,
  booking: {
    eventTypeId: number | null;
    hostIds: number[];
    start: string;
    end: string;
    beforeBufferMinutes?: number;
    afterBufferMinutes?: number;
    attendees?: number;
  },
) {
  const startAt = new Date(booking.start);
  const endAt = new Date(booking.end);
  const before = booking.beforeBufferMinutes ?? 0;
  const after = booking.afterBufferMinutes ?? 0;
  const [row] = await db
    .insert(bookings)
    .values({
      uid: randomBytes(16).toString('base64url'),
      eventTypeId: booking.eventTypeId,
      organizerId: booking.hostIds[0]!,
      title: 'Booked',
      startAt,
      endAt,
      status: 'accepted',
      beforeBufferMinutes: before,
      afterBufferMinutes: after,
    })
    .returning();
  await db.insert(bookingHosts).values(
    booking.hostIds.map((userId) => ({
      bookingId: row!.id,
      userId,
      blockedStart: new Date(startAt.getTime() - before * 60_000),
      blockedEnd: new Date(endAt.getTime() + after * 60_000),
    })),
  );
  const attendees = booking.attendees ?? 1;
  await db.insert(bookingAttendees).values(
    Array.from({ length: attendees }, (_, i) => ({
      bookingId: row!.id,
      name: `Guest ${i}`,
      email: `guest${i}@example.com`,
      timeZone: 'UTC',
    })),
  );
  return row!;
}

export async function insertOutOfOffice(db: Db, userId: number, start: string, end: string) {
  const [row] = await db
    .insert(outOfOffice)
    .values({ userId, startAt: new Date(start), endAt: new Date(end) })
    .returning();
  return row!;
}
