import { notFound, validationError, type RescheduleBookingInput } from '@kairos/contracts';
import {
  cancelBookingRows,
  inTransaction,
  isExclusionViolation,
  loadSeatExtras,
  lockMovesOfBooking,
  recordRescheduledTo,
  removeSeat,
  type BookingAttendeeRecord,
  type NewBooking,
  type SqlSession,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertBookable, loadStartQuery } from './booking-availability';
import { bookingSpan, bookingTitle, organizerOf, overlapConflict } from './booking-draft';
import type { BookingDeps } from './create-booking';
import {
  durationFor,
  hostsAfterMove,
  movableBooking,
  statusAfterMove,
  type PlannedMove,
} from './reschedule-booking';
import { takeSeat } from './take-seat';

/** Two first seats of a start collide in the constraint; the loser retries and joins. */
const ATTEMPTS = 3;

/** The seat's attendee as a new seat row takes it. */
const seatedAttendee = (seat: BookingAttendeeRecord) => ({
  name: seat.name,
  email: seat.email,
  timeZone: seat.timeZone,
  phoneNumber: seat.phoneNumber,
  language: seat.language,
});

/** The booking a moved seat starts when no one sits at the new start yet. */
function firstSeatBooking(
  move: PlannedMove,
  seat: BookingAttendeeRecord,
  extras: { responses: Record<string, unknown>; metadata: Record<string, string> },
  input: RescheduleBookingInput,
  ids: { uid: string; seatUid: string; rescheduledFromUid?: string | undefined },
  now: Date,
): NewBooking {
  const { booking, eventType, hostIds, start } = move;
  const organizer = organizerOf(eventType, hostIds);
  const { status, isBlocking } = statusAfterMove(eventType, start, now, move.byHost);
  const notes = extras.responses.notes;
  return {
    uid: ids.uid,
    eventTypeId: eventType.id,
    organizerId: organizer.id,
    title: bookingTitle(eventType.title, organizer.name, seat.name),
    description: typeof notes === 'string' ? notes : null,
    ...bookingSpan(eventType, start, move.durationMinutes),
    status,
    location: booking.location,
    metadata: extras.metadata,
    responses: extras.responses,
    rescheduledFromUid: ids.rescheduledFromUid,
    reschedulingReason: input.reschedulingReason,
    isBlocking,
    hostIds,
    roundRobinHostId: move.roundRobinHostId,
    assignedAt: move.assignedAt,
    attendees: [{ ...seatedAttendee(seat), seatUid: ids.seatUid }],
    event: {
      type: 'BOOKING_RESCHEDULED',
      payload: movedEvent(ids.uid, ids.seatUid, booking.uid, input, status),
    },
  };
}

/** The outbox payload announcing the seat at its new start (webhooks name the old booking). */
const movedEvent = (
  uid: string,
  seatUid: string,
  fromUid: string,
  input: RescheduleBookingInput,
  status: string,
) => ({
  uid,
  seatUid,
  status,
  start: new Date(input.start).toISOString(),
  rescheduledFromUid: fromUid,
  fromSeatUid: input.seatUid,
  reschedulingReason: input.reschedulingReason ?? null,
});

/** The seat to move, with the booking it sits in; NOT_FOUND unless the caller may move it. */
async function seatToMove(
  session: SqlSession,
  uid: string,
  caller: Caller | null,
  input: RescheduleBookingInput & { seatUid: string },
) {
  const { booking, eventType } = await movableBooking(session, uid, caller);
  const seat = booking.attendees.find((attendee) => attendee.seatUid === input.seatUid);
  if (!seat) throw notFound('Seat');
  const seats = eventType.seats as { seatsPerTimeSlot: number } | null;
  if (!seats) {
    throw validationError([{ field: 'seatUid', message: 'The event type is not seated' }]);
  }
  if (Date.parse(input.start) === Date.parse(booking.startAt)) {
    throw validationError([{ field: 'start', message: 'The seat is already at this start' }]);
  }
  return { booking, eventType, seat, seatsPerTimeSlot: seats.seatsPerTimeSlot };
}

async function moveSeatOnce(
  session: SqlSession,
  uid: string,
  caller: Caller | null,
  input: RescheduleBookingInput & { seatUid: string },
  now: Date,
): Promise<{ uid: string; seatUid: string }> {
  // Before the booking's row lock: see lockMovesOfBooking for the order and why.
  await lockMovesOfBooking(session, uid);
  const { booking, eventType, seat, seatsPerTimeSlot } = await seatToMove(
    session,
    uid,
    caller,
    input,
  );
  // The last seat takes its booking along: its time is then free for the move, as in a reschedule.
  const isLastSeat = booking.attendees.length === 1;
  const start = new Date(input.start);
  const durationMinutes = durationFor(booking, eventType);
  const { query, context } = await loadStartQuery(
    session,
    { id: eventType.id },
    {
      start,
      bookerTimeZone: seat.timeZone,
      durationMinutes,
      ignoreBookingUid: isLastSeat ? booking.uid : undefined,
      now,
    },
  );
  const free = assertBookable(query, start);
  const hosts = await hostsAfterMove(session, context, booking, free, now);
  const move = { booking, eventType, ...hosts, durationMinutes, start, byHost: caller !== null };
  const extras = (await loadSeatExtras(session, booking.id, input.seatUid)) ?? {
    responses: {},
    metadata: {},
  };
  const rescheduledBy = input.rescheduledBy ?? caller?.user.email;
  if (isLastSeat) {
    await cancelBookingRows(session, booking.id, {
      reschedulingReason: input.reschedulingReason,
      rescheduledByEmail: rescheduledBy,
    });
  } else {
    await removeSeat(session, booking.id, input.seatUid, null);
  }
  const rescheduledFromUid = isLastSeat ? booking.uid : undefined;
  const taken = await takeSeat(session, {
    eventTypeId: eventType.id,
    start,
    seatsPerTimeSlot,
    attendee: seatedAttendee(seat),
    responses: extras.responses,
    metadata: extras.metadata,
    firstSeat: (newUid, seatUid) =>
      firstSeatBooking(
        move,
        seat,
        extras,
        input,
        { uid: newUid, seatUid, rescheduledFromUid },
        now,
      ),
    joinEvent: (joined, seatUid) => ({
      type: 'BOOKING_RESCHEDULED',
      payload: movedEvent(joined.uid, seatUid, booking.uid, input, joined.status),
    }),
  });
  if (isLastSeat) await recordRescheduledTo(session, booking.id, taken.uid);
  return taken;
}

/**
 * Moves one seat (Cal.com's `{start, seatUid}` reschedule): its attendee takes a seat at the new
 * start, joining the booking there or starting one, under the same checks and seat count as a
 * booker (never oversold), and leaves the old booking to the others; the last seat's move
 * cancels the old booking (`rescheduledToUid`). One transaction; the new seat's booking gets a
 * BOOKING_RESCHEDULED event naming the old booking. Returns where the seat went.
 */
export async function moveSeat(
  deps: BookingDeps,
  uid: string,
  caller: Caller | null,
  input: RescheduleBookingInput & { seatUid: string },
): Promise<{ uid: string; seatUid: string }> {
  const now = deps.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(deps.database, (session) =>
        moveSeatOnce(session, uid, caller, input, now),
      );
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      if (attempt >= ATTEMPTS) throw overlapConflict();
    }
  }
}
