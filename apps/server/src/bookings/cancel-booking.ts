import { AppError, notFound, type CancelBookingInput } from '@kairos/contracts';
import {
  cancelBookingRows,
  findSeries,
  inTransaction,
  lockBookingByUid,
  removeSeat,
  type BookingRecord,
  type Database,
  type SqlSession,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertStillActive, canAccessBooking } from './booking-draft';

const isActive = (booking: BookingRecord) =>
  booking.status === 'accepted' || booking.status === 'pending';

/** The series' occurrences the caller may cancel, when the uid is a recurring series'. */
async function seriesToCancel(session: SqlSession, seriesUid: string, caller: Caller | null) {
  const series = await findSeries(session, seriesUid, { lock: true });
  if (!series.length || !series.every((booking) => canAccessBooking(booking, caller))) {
    throw notFound('Booking');
  }
  const active = series.filter(isActive);
  if (!active.length) throw new AppError('CONFLICT', 'Every occurrence is already cancelled');
  return active;
}

/**
 * What a cancel ends: the booking (or just a seat of it, with `seatUid`); with `cancelSubsequentBookings`, also the later active
 * occurrences of its series; given a series' uid, every active occurrence. Rows are locked so a
 * concurrent cancel or reschedule sees the result.
 */
async function bookingsToCancel(
  session: SqlSession,
  uid: string,
  caller: Caller | null,
  input: CancelBookingInput,
): Promise<{ bookings: BookingRecord[]; isSeries: boolean }> {
  const booking = await lockBookingByUid(session, uid);
  if (!booking) return { bookings: await seriesToCancel(session, uid, caller), isSeries: true };
  if (!canAccessBooking(booking, caller)) throw notFound('Booking');
  assertStillActive(booking);
  if (input.seatUid) {
    const isSeatOnly = await cancelSeat(session, booking, input.seatUid, input.cancellationReason);
    return { bookings: isSeatOnly ? [] : [booking], isSeries: false };
  }
  if (!input.cancelSubsequentBookings || !booking.recurringBookingUid) {
    return { bookings: [booking], isSeries: false };
  }
  const later = await findSeries(session, booking.recurringBookingUid, {
    fromStart: booking.startAt,
    lock: true,
  });
  const rest = later.filter((other) => other.id !== booking.id && isActive(other));
  return { bookings: [booking, ...rest], isSeries: false };
}

/**
 * Gives up one seat (`seatUid`): the booking stays for the others; the last seat cancels it.
 * Returns false when the booking was cancelled as a whole.
 */
async function cancelSeat(
  session: SqlSession,
  booking: BookingRecord,
  seatUid: string,
  reason: string | undefined,
): Promise<boolean> {
  const seat = booking.attendees.find((attendee) => attendee.seatUid === seatUid);
  if (!seat) throw notFound('Seat');
  if (booking.attendees.length > 1) {
    await removeSeat(session, booking.id, seatUid, { uid: booking.uid, seatUid, reason });
    return true;
  }
  return false;
}

/**
 * Cancels and frees the hosts' time, one BOOKING_CANCELLED event per booking. Cancelling twice
 * is CONFLICT: the state is not what the caller saw. Returns whether a whole series was named.
 */
export async function cancelBooking(
  database: Database,
  uid: string,
  caller: Caller | null,
  input: CancelBookingInput,
): Promise<{ isSeries: boolean }> {
  return inTransaction(database, async (session) => {
    const { bookings, isSeries } = await bookingsToCancel(session, uid, caller, input);
    const cancelledByEmail = caller?.user.email;
    const reason = input.cancellationReason;
    for (const booking of bookings) {
      await cancelBookingRows(session, booking.id, {
        cancellationReason: reason,
        cancelledByEmail,
        event: {
          type: 'BOOKING_CANCELLED',
          payload: { uid: booking.uid, cancellationReason: reason ?? null, cancelledByEmail },
        },
      });
    }
    return { isSeries };
  });
}
