import { notFound, validationError, type MarkAbsentInput } from '@kairos/contracts';
import {
  inTransaction,
  lockBookingByUid,
  markBookingAbsence,
  type BookingAttendeeRecord,
  type Database,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertStillActive, canAccessBooking } from './booking-draft';

type NamedAttendee = NonNullable<MarkAbsentInput['attendees']>[number];

/** The booking's attendee a mark-absent entry names: by email, else by phone number. */
function attendeeNamed(attendees: BookingAttendeeRecord[], named: NamedAttendee) {
  const email = named.email?.toLowerCase();
  return attendees.find((attendee) =>
    email !== undefined
      ? attendee.email?.toLowerCase() === email
      : attendee.phoneNumber === named.phoneNumber,
  );
}

/**
 * Records no-shows (Cal.com's mark-absent): the host's and attendees' by email (or phone number,
 * for phone-only attendees). Only once the booking has started, and every attendee named must be
 * one of its own.
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
    const named = input.attendees ?? [];
    const found = named.map((attendee) => attendeeNamed(booking.attendees, attendee));
    const unknown = named.flatMap((attendee, index) =>
      found[index]
        ? []
        : [
            {
              field: `attendees.${index}.${attendee.email !== undefined ? 'email' : 'phoneNumber'}`,
              message: 'Not an attendee of this booking',
            },
          ],
    );
    if (unknown.length) throw validationError(unknown);
    // Stored as the booking knows them: webhooks name each attendee by email and phone number.
    const attendees = named.map((attendee, index) => ({
      email: found[index]?.email ?? null,
      phoneNumber: found[index]?.phoneNumber ?? null,
      absent: attendee.absent,
    }));
    await markBookingAbsence(session, booking.id, { host: input.host, attendees });
  });
}
