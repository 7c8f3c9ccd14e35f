import { notFound, validationError, type RescheduleBookingInput } from '@kairos/contracts';
import {
  cancelBookingRows,
  inTransaction,
  insertBookingGraph,
  loadBookingEventType,
  lockBookingByUid,
  type BookingEventType,
  type BookingRecord,
  type NewBooking,
  type SqlSession,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertBookable, chooseHosts, loadStartQuery } from './booking-availability';
import {
  assertStillActive,
  bookingSpan,
  bookingTitle,
  canAccessBooking,
  newBookingUid,
  organizerOf,
  refusingOverlaps,
} from './booking-draft';
import { initialStatus } from './booking-status';
import type { BookingDeps } from './create-booking';

/** The booking's own length when the event type still offers it, else the current length. */
function durationFor(booking: BookingRecord, eventType: BookingEventType): number {
  const minutes = (Date.parse(booking.endAt) - Date.parse(booking.startAt)) / 60_000;
  const options = eventType.lengthInMinutesOptions ?? [eventType.lengthInMinutes];
  return options.includes(minutes) ? minutes : eventType.lengthInMinutes;
}

/** A booking the caller may move, locked, with its (still existing) event type. */
async function movableBooking(session: SqlSession, uid: string, caller: Caller | null) {
  const booking = await lockBookingByUid(session, uid);
  if (!booking || !canAccessBooking(booking, caller)) throw notFound('Booking');
  assertStillActive(booking);
  const eventType =
    booking.eventTypeId === null
      ? undefined
      : await loadBookingEventType(session, booking.eventTypeId);
  if (!eventType) {
    throw validationError([{ field: 'uid', message: 'Its event type no longer exists' }]);
  }
  return { booking, eventType };
}

/**
 * A move by a host (their key) needs no new confirmation, as on Cal.com; Cal.com also trusts a
 * `rescheduledBy` naming the owner, which anyone could send, so here only the key counts.
 */
function statusAfterMove(eventType: BookingEventType, start: Date, now: Date, byHost: boolean) {
  if (byHost) return { status: 'accepted' as const, isBlocking: true };
  return initialStatus(eventType.confirmationPolicy, start, now);
}

interface PlannedMove {
  booking: BookingRecord;
  eventType: BookingEventType;
  hostIds: number[];
  durationMinutes: number;
  start: Date;
  /** Whether a host's key asked for the move (an attendee holds only the uid). */
  byHost: boolean;
}

/** The booking to move, re-checked at its new start as if its own time were free. */
async function planMove(
  session: SqlSession,
  uid: string,
  caller: Caller | null,
  input: RescheduleBookingInput,
  now: Date,
): Promise<PlannedMove> {
  const start = new Date(input.start);
  const { booking, eventType } = await movableBooking(session, uid, caller);
  const durationMinutes = durationFor(booking, eventType);
  const { query, context } = await loadStartQuery(
    session,
    { id: eventType.id },
    {
      start,
      bookerTimeZone: booking.attendees[0]?.timeZone ?? 'UTC',
      durationMinutes,
      ignoreBookingUid: booking.uid,
      now,
    },
  );
  const hostIds = chooseHosts(context, assertBookable(query, start), booking.organizerId);
  return { booking, eventType, hostIds, durationMinutes, start, byHost: caller !== null };
}

function movedBooking(
  newUid: string,
  move: PlannedMove,
  input: RescheduleBookingInput,
  rescheduledBy: string | undefined,
  now: Date,
) {
  const { booking, eventType, hostIds, start } = move;
  const organizer = organizerOf(eventType, hostIds);
  const { status, isBlocking } = statusAfterMove(eventType, start, now, move.byHost);
  return {
    uid: newUid,
    eventTypeId: eventType.id,
    organizerId: organizer.id,
    title: bookingTitle(eventType.title, organizer.name, booking.attendees[0]?.name ?? ''),
    description: booking.description,
    ...bookingSpan(eventType, start, move.durationMinutes),
    status,
    location: booking.location,
    metadata: booking.metadata,
    responses: booking.responses,
    rescheduledFromUid: booking.uid,
    recurringBookingUid: booking.recurringBookingUid ?? undefined,
    reschedulingReason: input.reschedulingReason,
    rescheduledByEmail: rescheduledBy,
    isBlocking,
    hostIds,
    attendees: booking.attendees,
    event: {
      type: 'BOOKING_RESCHEDULED',
      payload: { uid: newUid, rescheduledFromUid: booking.uid, status, start: input.start },
    },
  } satisfies NewBooking;
}

/**
 * Moves a booking in one transaction (Cal.com's semantics): the old booking becomes cancelled
 * with `rescheduledToUid`, a new one with a new uid and `rescheduledFromUid` takes the same
 * attendees. The old booking's time is ignored by the re-check and freed before the new rows are
 * written, so a move within its own buffers works. Returns the new uid.
 */
export async function rescheduleBooking(
  deps: BookingDeps,
  uid: string,
  caller: Caller | null,
  input: RescheduleBookingInput,
): Promise<string> {
  const newUid = newBookingUid();
  const now = deps.now();
  const rescheduledBy = input.rescheduledBy ?? caller?.user.email;
  await refusingOverlaps(() =>
    inTransaction(deps.database, async (session) => {
      const move = await planMove(session, uid, caller, input, now);
      await cancelBookingRows(session, move.booking.id, {
        rescheduledToUid: newUid,
        reschedulingReason: input.reschedulingReason,
        rescheduledByEmail: rescheduledBy,
      });
      await insertBookingGraph(session, movedBooking(newUid, move, input, rescheduledBy, now));
    }),
  );
  return newUid;
}
