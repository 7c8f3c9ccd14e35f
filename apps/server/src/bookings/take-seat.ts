import { AppError } from '@kairos/contracts';
import {
  addSeat,
  insertBookingGraph,
  type BookingEventKind,
  lockSeatedBooking,
  type NewBooking,
  type SqlSession,
} from '@kairos/db';
import { newBookingUid } from './booking-draft';

/** What taking a seat needs to know of the request. */
export interface SeatRequest {
  eventTypeId: number;
  start: Date;
  seatsPerTimeSlot: number;
  attendee: NewBooking['attendees'][number];
  responses: Record<string, unknown>;
  metadata: Record<string, string>;
  /** The booking to write when this is the start's first seat. */
  firstSeat: (uid: string, seatUid: string) => NewBooking;
  /**
   * The outbox event of joining a booking: by default BOOKING_CREATED `{uid, seatUid, start}`;
   * a seat moved here from another start says so (BOOKING_RESCHEDULED).
   */
  joinEvent?: (
    booking: { uid: string; status: string },
    seatUid: string,
  ) => {
    type: BookingEventKind;
    payload: Record<string, unknown>;
  };
}

/**
 * Takes a seat: joins the start's booking under its row lock, counting seats so they are never
 * oversold, or writes the booking when no one sat there yet (two first seats racing collide in
 * the exclusion constraint; the caller retries and the loser then joins).
 */
export async function takeSeat(
  session: SqlSession,
  request: SeatRequest,
): Promise<{ uid: string; seatUid: string }> {
  const seatUid = newBookingUid();
  const existing = await lockSeatedBooking(session, request.eventTypeId, request.start);
  if (!existing) {
    const uid = newBookingUid();
    await insertBookingGraph(session, request.firstSeat(uid, seatUid));
    return { uid, seatUid };
  }
  if (existing.seatsTaken >= request.seatsPerTimeSlot) {
    throw new AppError('CONFLICT', `All ${request.seatsPerTimeSlot} seats are taken`);
  }
  const event = request.joinEvent?.(existing, seatUid) ?? {
    type: 'BOOKING_CREATED' as const,
    payload: { uid: existing.uid, seatUid, start: request.start.toISOString() },
  };
  await addSeat(session, existing.id, {
    seatUid,
    attendee: request.attendee,
    responses: request.responses,
    metadata: request.metadata,
    payload: event.payload,
    eventType: event.type,
  });
  return { uid: existing.uid, seatUid };
}
