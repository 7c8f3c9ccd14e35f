import type { SqlSession } from '../database';
import { ROUND_ROBIN_LOCK } from './booking-round-robin';

/** Any constant works; it only has to be the same in every Kairos process. */
const SEAT_MOVES_LOCK = 4_242_009;

/**
 * Queues a move of the booking (reschedule, seat move, reassignment) behind the others of its
 * event type that could collide with it, in one statement, before the booking's row is locked:
 *
 * - a round robin's choice lock (the one creating a booking takes before it locks a seated
 *   booking's row, so the order is the same everywhere): each choice then sees the choices
 *   committed before it, and two at once do not pick the same free host;
 * - a seated event type's seat-move lock: a seat move locks two bookings (the seat's and the one
 *   at the new start), so two moves crossing between two starts, or a move and a reschedule of
 *   the booking it heads for, would otherwise each hold one and wait for the other.
 *
 * Other event types take no lock. Locks last until the transaction ends.
 */
export async function lockMovesOfBooking(session: SqlSession, uid: string): Promise<void> {
  await session.query(
    `SELECT CASE WHEN e.scheduling_type = 'roundRobin'
                 THEN pg_advisory_xact_lock(${ROUND_ROBIN_LOCK}, e.id) END,
            CASE WHEN e.seats IS NOT NULL
                 THEN pg_advisory_xact_lock(${SEAT_MOVES_LOCK}, e.id) END
     FROM bookings b JOIN event_types e ON e.id = b.event_type_id
     WHERE b.uid = $1`,
    [uid],
  );
}
