import { notFound, type DeclineBookingInput } from '@kairos/contracts';
import { decideBooking, inTransaction, lockBookingByUid, type Database } from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertPending, canAccessBooking } from './booking-draft';

/** Rejects a pending booking and frees its time; the reason shows as `cancellationReason`. */
export async function declineBooking(
  database: Database,
  uid: string,
  caller: Caller,
  input: DeclineBookingInput,
) {
  await inTransaction(database, async (session) => {
    const booking = await lockBookingByUid(session, uid);
    if (!booking || !canAccessBooking(booking, caller)) throw notFound('Booking');
    assertPending(booking);
    await decideBooking(session, booking.id, {
      status: 'rejected',
      reason: input.reason,
      event: {
        type: 'BOOKING_REJECTED',
        payload: { uid, reason: input.reason ?? null, rejectedBy: caller.user.email },
      },
    });
  });
}
