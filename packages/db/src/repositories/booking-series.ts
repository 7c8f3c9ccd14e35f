import type { SqlSession } from '../database';
import { BOOKING_RECORD_SQL, type BookingRecord } from './booking-records';

const SERIES_SQL = `SELECT ${BOOKING_RECORD_SQL} AS booking FROM bookings b
  WHERE b.recurring_booking_uid = $1 AND ($2::timestamptz IS NULL OR b.start_at >= $2::timestamptz)
  ORDER BY b.start_at, b.id`;

/** The occurrences of a recurring series by start (from `fromStart` on, when given). */
export async function findSeries(
  session: SqlSession,
  seriesUid: string,
  options: { fromStart?: string; lock?: boolean } = {},
): Promise<BookingRecord[]> {
  const rows = await session.query<{ booking: BookingRecord }>(
    options.lock ? `${SERIES_SQL} FOR UPDATE OF b` : SERIES_SQL,
    [seriesUid, options.fromStart ?? null],
  );
  return rows.map((row) => row.booking);
}
