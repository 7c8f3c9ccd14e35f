import type { SqlSession } from '../database';

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
): Promise<{ id: number; uid: string; seatsTaken: number } | undefined> {
  const [booking] = await session.query<{ id: number; uid: string }>(
    `SELECT b.id, b.uid FROM bookings b
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
      email: string;
      timeZone: string;
      phoneNumber?: string | undefined;
      language?: string | undefined;
    };
    responses: Record<string, unknown>;
    metadata: Record<string, string>;
    payload: Record<string, unknown>;
  },
): Promise<void> {
  const { attendee } = seat;
  await session.query(
    `WITH a AS (
       INSERT INTO booking_attendees (booking_id, name, email, time_zone, phone_number, language,
                                      seat_uid, responses, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)
     ), u AS (UPDATE bookings SET updated_at = now() WHERE id = $1)
     INSERT INTO booking_events (booking_id, type, payload) VALUES ($1, 'BOOKING_CREATED', $10::jsonb)`,
    [
      bookingId,
      attendee.name,
      attendee.email,
      attendee.timeZone,
      attendee.phoneNumber ?? null,
      attendee.language ?? null,
      seat.seatUid,
      JSON.stringify(seat.responses),
      JSON.stringify(seat.metadata),
      JSON.stringify(seat.payload),
    ],
  );
}

/** Frees one seat; false when the booking has no such seat. */
export async function removeSeat(
  session: SqlSession,
  bookingId: number,
  seatUid: string,
  payload: Record<string, unknown>,
): Promise<boolean> {
  const [row] = await session.query<{ removed: number }>(
    `WITH d AS (
       DELETE FROM booking_attendees WHERE booking_id = $1 AND seat_uid = $2 RETURNING id
     ), u AS (UPDATE bookings SET updated_at = now() WHERE id = $1 AND EXISTS (SELECT 1 FROM d)),
     e AS (
       INSERT INTO booking_events (booking_id, type, payload)
       SELECT $1, 'BOOKING_CANCELLED', $3::jsonb WHERE EXISTS (SELECT 1 FROM d)
     )
     SELECT count(*)::int AS removed FROM d`,
    [bookingId, seatUid, JSON.stringify(payload)],
  );
  return (row?.removed ?? 0) > 0;
}
