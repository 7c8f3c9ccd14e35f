import { notFound, validationError, type MarkAbsentInput } from '@kairos/contracts';
import { inTransaction, lockBookingByUid, markBookingAbsence, type Database } from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertStillActive, canAccessBooking } from './booking-draft';

/**
 * Records no-shows (Cal.com's mark-absent): the host's and attendees' by email. Only once the
 * booking has started, and every email must be one of its attendees'.
 */
export async function markAbsent(
  database: Database,
  uid: string,
  caller: Caller,
  input: MarkAbsentInput,
  now: Date,
) {
  await inTransaction(database, async (session) => {
    const booking = await lockBookingByUid(session, uid);
    if (!booking || !canAccessBooking(booking, caller)) throw notFound('Booking');
    assertStillActive(booking);
    if (Date.parse(booking.startAt) > now.getTime()) {
      throw validationError([{ field: 'uid', message: 'The booking has not started yet' }]);
    }
    const emails = new Set(booking.attendees.map((attendee) => attendee.email.toLowerCase()));
    const attendees = input.attendees ?? [];
    const unknown = attendees.flatMap((attendee, index) =>
      emails.has(attendee.email.toLowerCase())
        ? []
        : [{ field: `attendees.${index}.email`, message: 'Not an attendee of this booking' }],
    );
    if (unknown.length) throw validationError(unknown);
    await markBookingAbsence(session, booking.id, { host: input.host, attendees });
  });
}
