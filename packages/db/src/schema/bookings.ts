import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { eventTypes } from './event-types';
import { users } from './users';

export type BookingStatus = 'accepted' | 'pending' | 'cancelled' | 'rejected';

export const bookings = pgTable(
  'bookings',
  {
    id: serial('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    eventTypeId: integer('event_type_id').references(() => eventTypes.id, { onDelete: 'set null' }),
    organizerId: integer('organizer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    startAt: timestamp('start_at', { withTimezone: true, mode: 'date' }).notNull(),
    endAt: timestamp('end_at', { withTimezone: true, mode: 'date' }).notNull(),
    status: text('status').$type<BookingStatus>().notNull(),
    /** The event's buffers when booked: they keep blocking even if the event type changes. */
    beforeBufferMinutes: integer('before_buffer_minutes').notNull().default(0),
    afterBufferMinutes: integer('after_buffer_minutes').notNull().default(0),
    location: jsonb('location'),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull().default({}),
    responses: jsonb('responses').$type<Record<string, unknown>>().notNull().default({}),
    recurringBookingUid: text('recurring_booking_uid'),
    rescheduledFromUid: text('rescheduled_from_uid'),
    rescheduledToUid: text('rescheduled_to_uid'),
    cancellationReason: text('cancellation_reason'),
    cancelledByEmail: text('cancelled_by_email'),
    reschedulingReason: text('rescheduling_reason'),
    rescheduledByEmail: text('rescheduled_by_email'),
    absentHost: boolean('absent_host').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_event_type_start_idx').on(t.eventTypeId, t.startAt),
    index('bookings_organizer_start_idx').on(t.organizerId, t.startAt),
    index('bookings_recurring_uid_idx').on(t.recurringBookingUid),
  ],
);

export const bookingAttendees = pgTable(
  'booking_attendees',
  {
    id: serial('id').primaryKey(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    seatUid: text('seat_uid'),
    name: text('name').notNull(),
    /** Null for a phone-only attendee (Cal.com: email or phone required). */
    email: text('email'),
    timeZone: text('time_zone').notNull(),
    phoneNumber: text('phone_number'),
    language: text('language'),
    absent: boolean('absent').notNull().default(false),
    responses: jsonb('responses').$type<Record<string, unknown>>(),
    metadata: jsonb('metadata').$type<Record<string, string>>(),
  },
  (t) => [
    index('booking_attendees_booking_idx').on(t.bookingId),
    index('booking_attendees_email_idx').on(t.email),
    check(
      'booking_attendees_email_or_phone_check',
      sql`${t.email} IS NOT NULL OR ${t.phoneNumber} IS NOT NULL`,
    ),
  ],
);

/**
 * One row per host a booking occupies. `blocked` is [start - before buffer, end + after buffer);
 * an exclusion constraint (added in SQL: Drizzle cannot express it) forbids two blocking rows of
 * one host from overlapping, which is what makes a double booking impossible across processes.
 */
export const bookingHosts = pgTable(
  'booking_hosts',
  {
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    isBlocking: boolean('is_blocking').notNull().default(true),
    blockedStart: timestamp('blocked_start', { withTimezone: true, mode: 'date' }).notNull(),
    blockedEnd: timestamp('blocked_end', { withTimezone: true, mode: 'date' }).notNull(),
    /** When the host was given the booking: round robin's "least recently booked". */
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'date' })
      .notNull()
      .defaultNow(),
    /** Whether round robin chose this host (a pinned or fixed host takes no turn). */
    isRoundRobinTurn: boolean('is_round_robin_turn').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.userId] }),
    index('booking_hosts_user_range_idx').on(t.userId, t.blockedStart, t.blockedEnd),
  ],
);

/** What happened to a booking. */
export type BookingEventKind =
  | 'BOOKING_CREATED'
  | 'BOOKING_REQUESTED'
  | 'BOOKING_RESCHEDULED'
  | 'BOOKING_CANCELLED'
  | 'BOOKING_CONFIRMED'
  | 'BOOKING_REJECTED'
  | 'BOOKING_NO_SHOW_UPDATED'
  | 'BOOKING_REASSIGNED';

/**
 * The outbox: one row per state change of a booking, written in the transaction that makes the
 * change, so nothing is lost on a crash. Webhooks, emails and calendar writes consume it.
 */
export const bookingEvents = pgTable(
  'booking_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bookingId: integer('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    type: text('type').$type<BookingEventKind>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('booking_events_booking_idx').on(t.bookingId)],
);

export type BookingRow = typeof bookings.$inferSelect;
export type BookingAttendeeRow = typeof bookingAttendees.$inferSelect;
export type BookingHostRow = typeof bookingHosts.$inferSelect;
export type BookingEventRow = typeof bookingEvents.$inferSelect;
