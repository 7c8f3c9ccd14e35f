import type { SqlSession } from '../database';
import type { BookingEventKind, BookingStatus } from '../schema';

/**
 * The active booking of a seated event type at a start, locked, with its seats taken. The seats
 * are counted by a second statement, after the lock is held: under READ COMMITTED a statement
 * that waited for a row lock re-reads that row but computes everything else from the snapshot it
 * started with, so a count in the locking statement would miss the seat whose commit it waited
 * for, and seats would be oversold.
 */
export async function lockSeatedBooking(
  session: SqlSession,
  eventTypeId: number,
  startAt: Date,
): Promise<{ id: number; uid: string; status: BookingStatus; seatsTaken: number } | undefined> {
  const [booking] = await session.query<{ id: number; uid: string; status: BookingStatus }>(
    `SELECT b.id, b.uid, b.status FROM bookings b
     WHERE b.event_type_id = $1 AND b.start_at = $2::timestamptz
       AND b.status IN ('accepted', 'pending')
     ORDER BY b.id LIMIT 1 FOR UPDATE OF b`,
    [eventTypeId, startAt.toISOString()],
  );
  if (!booking) return undefined;
  const [count] = await session.query<{ seatsTaken: number }>(
    'SELECT count(*)::int AS "seatsTaken" FROM booking_attendees WHERE booking_id = $1',
    [booking.id],
  );
  return { ...booking, seatsTaken: count?.seatsTaken ?? 0 };
}

/** An attendee taking a seat of an existing booking, with the outbox event. */
export async function addSeat(
  session: SqlSession,
  bookingId: number,
  seat: {
    seatUid: string;
    attendee: {
      name: string;
      email?: string | null | undefined;
      timeZone: string;
      phoneNumber?: string | null | undefined;
      language?: string | null | undefined;
    };
    responses: Record<string, unknown>;
    metadata: Record<string, string>;
    payload: Record<string, unknown>;
    /** BOOKING_CREATED for a new seat; a seat moved here is BOOKING_RESCHEDULED. */
    eventType?: BookingEventKind | undefined;
  },
): Promise<void> {
  const { attendee } = seat;
  await session.query(
    `WITH a AS (
       INSERT INTO booking_attendees (booking_id, name, email, time_zone, phone_number, language,
                                      seat_uid, responses, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)
     ), u AS (UPDATE bookings SET updated_at = now() WHERE id = $1)
     INSERT INTO booking_events (booking_id, type, payload) VALUES ($1, $11, $10::jsonb)`,
    [
      bookingId,
      attendee.name,
      attendee.email ?? null,
      attendee.timeZone,
      attendee.phoneNumber ?? null,
      attendee.language ?? null,
      seat.seatUid,
      JSON.stringify(seat.responses),
      JSON.stringify(seat.metadata),
      JSON.stringify(seat.payload),
      seat.eventType ?? 'BOOKING_CREATED',
    ],
  );
}

/** What a seat holds besides the attendee: their answers and metadata. */
export async function loadSeatExtras(
  session: SqlSession,
  bookingId: number,
  seatUid: string,
): Promise<{ responses: Record<string, unknown>; metadata: Record<string, string> } | undefined> {
  const [row] = await session.query<{
    responses: Record<string, unknown> | null;
    metadata: Record<string, string> | null;
  }>('SELECT responses, metadata FROM booking_attendees WHERE booking_id = $1 AND seat_uid = $2', [
    bookingId,
    seatUid,
  ]);
  return row && { responses: row.responses ?? {}, metadata: row.metadata ?? {} };
}

/**
 * Frees one seat, with a BOOKING_CANCELLED event unless `payload` is null (a seat moved to
 * another start is announced there, as a reschedule); false when the booking has no such seat.
 */
export async function removeSeat(
  session: SqlSession,
  bookingId: number,
  seatUid: string,
  payload: Record<string, unknown> | null,
): Promise<boolean> {
  const [row] = await session.query<{ removed: number }>(
    `WITH d AS (
       DELETE FROM booking_attendees WHERE booking_id = $1 AND seat_uid = $2 RETURNING id
     ), u AS (UPDATE bookings SET updated_at = now() WHERE id = $1 AND EXISTS (SELECT 1 FROM d)),
     e AS (
       INSERT INTO booking_events (booking_id, type, payload)
       SELECT $1, 'BOOKING_CANCELLED', $3::jsonb WHERE EXISTS (SELECT 1 FROM d) AND $3::jsonb IS NOT NULL
     )
     SELECT count(*)::int AS removed FROM d`,
    [bookingId, seatUid, payload === null ? null : JSON.stringify(payload)],
  );
  return (row?.removed ?? 0) > 0;
}

/** Where a booking whose last seat moved went: its `rescheduledToUid`. */
export async function recordRescheduledTo(
  session: SqlSession,
  bookingId: number,
  uid: string,
): Promise<void> {
  await session.query('UPDATE bookings SET rescheduled_to_uid = $2 WHERE id = $1', [
    bookingId,
    uid,
  ]);
}
