import { notFound } from '@kairos/contracts';
import { decideBooking, inTransaction, lockBookingByUid, type Database } from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertPending, canAccessBooking, refusingOverlaps } from './booking-draft';

/**
 * Accepts a pending booking: its hosts' time becomes blocked. If another booking took that time
 * while this one waited unblocked, the database refuses the overlap: CONFLICT.
 */
export async function confirmBooking(database: Database, uid: string, caller: Caller) {
  await refusingOverlaps(
    () =>
      inTransaction(database, async (session) => {
        const booking = await lockBookingByUid(session, uid);
        if (!booking || !canAccessBooking(booking, caller)) throw notFound('Booking');
        assertPending(booking);
        await decideBooking(session, booking.id, {
          status: 'accepted',
          event: { type: 'BOOKING_CONFIRMED', payload: { uid, confirmedBy: caller.user.email } },
        });
      }),
    'Another booking holds that time now; cancel it or decline this one',
  );
}
