import type { SqlSession } from '../database';
import type { BookingEventKind, BookingStatus } from '../schema';
import { BOOKING_RECORD_SQL, type BookingRecord } from './booking-records';

/** A booking to write with its hosts, attendees and the outbox event announcing it. */
export interface NewBooking {
  uid: string;
  eventTypeId: number | null;
  organizerId: number;
  title: string;
  description: string | null;
  startAt: Date;
  endAt: Date;
  status: BookingStatus;
  beforeBufferMinutes: number;
  afterBufferMinutes: number;
  location: unknown;
  metadata: Record<string, string>;
  responses: Record<string, unknown>;
  rescheduledFromUid?: string | undefined;
  reschedulingReason?: string | undefined;
  rescheduledByEmail?: string | undefined;
  /** Shared by the occurrences of a recurring series. */
  recurringBookingUid?: string | undefined;
  /** Whether the hosts' rows take part in the no-overlap constraint. */
  isBlocking: boolean;
  hostIds: number[];
  /** When the hosts were given the booking (round robin's recency); default: the database's now. */
  assignedAt?: Date | undefined;
  /** The host round robin chose: its row counts as a turn (pinned and fixed hosts do not). */
  roundRobinHostId?: number | null | undefined;
  attendees: Array<{
    name: string;
    /** Absent for a phone-only attendee (the database wants an email or a phone number). */
    email?: string | null | undefined;
    timeZone: string;
    phoneNumber?: string | null | undefined;
    language?: string | null | undefined;
    seatUid?: string | null | undefined;
  }>;
  event: { type: BookingEventKind; payload: Record<string, unknown> };
}

const INSERT_SQL = `
WITH b AS (
  INSERT INTO bookings (uid, event_type_id, organizer_id, title, description, start_at, end_at,
    status, before_buffer_minutes, after_buffer_minutes, location, metadata, responses,
    rescheduled_from_uid, rescheduling_reason, rescheduled_by_email, recurring_booking_uid)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14, $15, $16,
          $22)
  RETURNING id
), h AS (
  INSERT INTO booking_hosts (booking_id, user_id, is_blocking, blocked_start, blocked_end,
                             assigned_at, is_round_robin_turn)
  SELECT b.id, u, $17::boolean, $6::timestamptz - make_interval(mins => $9::int),
         $7::timestamptz + make_interval(mins => $10::int),
         coalesce($23::timestamptz, now()), u IS NOT DISTINCT FROM $24::int
  FROM b, unnest($18::int[]) AS u
), a AS (
  INSERT INTO booking_attendees (booking_id, name, email, time_zone, phone_number, language,
                                 seat_uid)
  SELECT b.id, x.name, x.email, x."timeZone", x."phoneNumber", x.language, x."seatUid"
  FROM b, json_to_recordset($19::json) AS x(name text, email text, "timeZone" text,
                                            "phoneNumber" text, language text, "seatUid" text)
), e AS (
  INSERT INTO booking_events (booking_id, type, payload) SELECT b.id, $20, $21::jsonb FROM b
)
SELECT id FROM b`;

/**
 * Writes a booking, its host rows (blocked range widened by the buffers), attendees and outbox
 * event in one statement. Throws the driver's 23P01 when a blocking host row overlaps another.
 */
export async function insertBookingGraph(session: SqlSession, booking: NewBooking) {
  const [row] = await session.query<{ id: number }>(INSERT_SQL, [
    booking.uid,
    booking.eventTypeId,
    booking.organizerId,
    booking.title,
    booking.description,
    booking.startAt.toISOString(),
    booking.endAt.toISOString(),
    booking.status,
    booking.beforeBufferMinutes,
    booking.afterBufferMinutes,
    JSON.stringify(booking.location ?? null),
    JSON.stringify(booking.metadata),
    JSON.stringify(booking.responses),
    booking.rescheduledFromUid ?? null,
    booking.reschedulingReason ?? null,
    booking.rescheduledByEmail ?? null,
    booking.isBlocking,
    booking.hostIds,
    JSON.stringify(booking.attendees),
    booking.event.type,
    JSON.stringify(booking.event.payload),
    booking.recurringBookingUid ?? null,
    booking.assignedAt?.toISOString() ?? null,
    booking.roundRobinHostId ?? null,
  ]);
  if (!row) throw new Error(`booking ${booking.uid} was not written`);
  return row;
}

/**
 * The booking with its row locked until the transaction ends, or undefined. Read by a second
 * statement once the lock is held: under READ COMMITTED the locking statement would show the
 * attendees and hosts as they were before the transaction it waited for committed.
 */
export async function lockBookingByUid(
  session: SqlSession,
  uid: string,
): Promise<BookingRecord | undefined> {
  const [locked] = await session.query<{ id: number }>(
    'SELECT id FROM bookings WHERE uid = $1 FOR UPDATE',
    [uid],
  );
  if (!locked) return undefined;
  const [row] = await session.query<{ booking: BookingRecord }>(
    `SELECT ${BOOKING_RECORD_SQL} AS booking FROM bookings b WHERE b.id = $1`,
    [locked.id],
  );
  return row?.booking;
}

/** What cancelling records on the booking; rescheduling adds where it went. */
export interface Cancellation {
  cancellationReason?: string | undefined;
  cancelledByEmail?: string | undefined;
  rescheduledToUid?: string | undefined;
  reschedulingReason?: string | undefined;
  rescheduledByEmail?: string | undefined;
  /** The outbox event; a reschedule announces only the new booking. */
  event?: { type: BookingEventKind; payload: Record<string, unknown> } | undefined;
}

const CANCEL_SQL = `
WITH b AS (
  UPDATE bookings SET status = 'cancelled', cancellation_reason = $2, cancelled_by_email = $3,
    rescheduled_to_uid = $4, rescheduling_reason = coalesce($5, rescheduling_reason),
    rescheduled_by_email = coalesce($6, rescheduled_by_email), updated_at = now()
  WHERE id = $1 RETURNING id
), h AS (
  UPDATE booking_hosts SET is_blocking = false WHERE booking_id = $1
), e AS (
  INSERT INTO booking_events (booking_id, type, payload) SELECT b.id, $7, $8::jsonb FROM b WHERE $9::boolean
)
SELECT id FROM b`;

/** Cancels a booking and frees its hosts' time, with its outbox event. */
export async function cancelBookingRows(
  session: SqlSession,
  bookingId: number,
  cancellation: Cancellation,
): Promise<void> {
  await session.query(CANCEL_SQL, [
    bookingId,
    cancellation.cancellationReason ?? null,
    cancellation.cancelledByEmail ?? null,
    cancellation.rescheduledToUid ?? null,
    cancellation.reschedulingReason ?? null,
    cancellation.rescheduledByEmail ?? null,
    cancellation.event?.type ?? '',
    JSON.stringify(cancellation.event?.payload ?? {}),
    cancellation.event !== undefined,
  ]);
}

const DECIDE_SQL = `
WITH b AS (
  UPDATE bookings SET status = $2, cancellation_reason = coalesce($3, cancellation_reason),
    updated_at = now()
  WHERE id = $1 RETURNING id
), h AS (
  UPDATE booking_hosts SET is_blocking = $4 WHERE booking_id = $1
), e AS (
  INSERT INTO booking_events (booking_id, type, payload) SELECT b.id, $5, $6::jsonb FROM b
)
SELECT id FROM b`;

/**
 * Settles a pending booking: accepted (its hosts' time blocked; 23P01 if someone else holds it
 * meanwhile) or rejected (freed), with its outbox event.
 */
export async function decideBooking(
  session: SqlSession,
  bookingId: number,
  decision: {
    status: 'accepted' | 'rejected';
    reason?: string | undefined;
    event: { type: BookingEventKind; payload: Record<string, unknown> };
  },
): Promise<void> {
  await session.query(DECIDE_SQL, [
    bookingId,
    decision.status,
    decision.reason ?? null,
    decision.status === 'accepted',
    decision.event.type,
    JSON.stringify(decision.event.payload),
  ]);
}

const ABSENT_SQL = `
WITH b AS (
  UPDATE bookings SET absent_host = coalesce($2, absent_host), updated_at = now()
  WHERE id = $1 RETURNING id
), a AS (
  UPDATE booking_attendees a SET absent = x.absent
  FROM json_to_recordset($3::json) AS x(email text, "phoneNumber" text, absent boolean)
  WHERE a.booking_id = $1
    AND (lower(a.email) = lower(x.email) OR (x.email IS NULL AND a.phone_number = x."phoneNumber"))
), e AS (
  INSERT INTO booking_events (booking_id, type, payload)
  SELECT b.id, 'BOOKING_NO_SHOW_UPDATED', $4::jsonb FROM b
)
SELECT id FROM b`;

/**
 * Records the host's and attendees' absence (by email; a phone-only attendee, with a null email,
 * by phone number), with its outbox event.
 */
export async function markBookingAbsence(
  session: SqlSession,
  bookingId: number,
  absence: {
    host?: boolean | undefined;
    attendees: Array<{ email: string | null; phoneNumber?: string | null; absent: boolean }>;
  },
): Promise<void> {
  await session.query(ABSENT_SQL, [
    bookingId,
    absence.host ?? null,
    JSON.stringify(absence.attendees),
    JSON.stringify(absence),
  ]);
}
