import { notFound, validationError, type RescheduleBookingInput } from '@kairos/contracts';
import {
  cancelBookingRows,
  inTransaction,
  insertBookingGraph,
  loadBookingEventType,
  loadBookingHostRows,
  lockBookingByUid,
  lockMovesOfBooking,
  type BookingEventType,
  type BookingRecord,
  type NewBooking,
  type SlotContext,
  type SqlSession,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { assertBookable, loadStartQuery } from './booking-availability';
import { chooseBookingHosts } from './booking-hosts';
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
export function durationFor(booking: BookingRecord, eventType: BookingEventType): number {
  const minutes = (Date.parse(booking.endAt) - Date.parse(booking.startAt)) / 60_000;
  const options = eventType.lengthInMinutesOptions ?? [eventType.lengthInMinutes];
  return options.includes(minutes) ? minutes : eventType.lengthInMinutes;
}

/** A booking the caller may move, locked, with its (still existing) event type. */
export async function movableBooking(session: SqlSession, uid: string, caller: Caller | null) {
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
export function statusAfterMove(
  eventType: BookingEventType,
  start: Date,
  now: Date,
  byHost: boolean,
) {
  if (byHost) return { status: 'accepted' as const, isBlocking: true };
  return initialStatus(eventType.confirmationPolicy, start, now);
}

export interface PlannedMove {
  booking: BookingRecord;
  eventType: BookingEventType;
  hostIds: number[];
  roundRobinHostId: number | null;
  /** When the hosts were given the booking: a kept host keeps its time. */
  assignedAt: Date;
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
  // Before the booking's row lock: see lockMovesOfBooking for the order and why.
  await lockMovesOfBooking(session, uid);
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
  const free = assertBookable(query, start);
  const hosts = await hostsAfterMove(session, context, booking, free, now);
  return { booking, eventType, ...hosts, durationMinutes, start, byHost: caller !== null };
}

/**
 * A move keeps a round robin's host when it is free at the new time, with its turn (or lack of
 * one) and its assignment time; otherwise round robin chooses among the hosts free then.
 */
export async function hostsAfterMove(
  session: SqlSession,
  context: SlotContext,
  booking: BookingRecord,
  free: number[],
  now: Date,
): Promise<Pick<PlannedMove, 'hostIds' | 'roundRobinHostId' | 'assignedAt'>> {
  const rows = await loadBookingHostRows(session, booking.id);
  const pooled = new Set(context.hosts.filter((h) => !h.isFixed).map((h) => h.userId));
  const kept = rows.find((row) => pooled.has(row.userId));
  const choice = chooseBookingHosts(context, free, {
    preferredHostId: kept?.userId,
  });
  if (kept && choice.roundRobinHostId === kept.userId) {
    const roundRobinHostId = kept.isRoundRobinTurn ? kept.userId : null;
    return { hostIds: choice.hostIds, roundRobinHostId, assignedAt: new Date(kept.assignedAt) };
  }
  return { ...choice, assignedAt: now };
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
    roundRobinHostId: move.roundRobinHostId,
    assignedAt: move.assignedAt,
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
