import {
  AppError,
  notFound,
  validationError,
  type ReassignBookingInput,
  type ReassignBookingOutput,
} from '@kairos/contracts';
import { explainStart } from '@kairos/core';
import {
  acceptedTeamRole,
  inTransaction,
  isExclusionViolation,
  loadBookingEventType,
  lockBookingByUid,
  lockMovesOfBooking,
  reassignBookingHost,
  type BookingEventType,
  type BookingRecord,
  type SlotContext,
  type SqlSession,
} from '@kairos/db';
import type { Caller } from '../auth/caller';
import { toMinute } from '../slots/load-slot-query';
import { loadStartQuery } from './booking-availability';
import { rankFreeHosts } from './booking-hosts';
import { assertStillActive, bookingTitle, overlapConflict } from './booking-draft';
import type { BookingDeps } from './create-booking';

/** A racer may take the next host meanwhile: round robin then tries the one after. */
const ATTEMPTS = 4;

interface Target {
  /** The host to hand the booking to; undefined: the next eligible one by round robin. */
  userId?: number | undefined;
}

/** The booking and its round-robin event type, locked; NOT_FOUND unless the caller may act. */
async function reassignable(session: SqlSession, uid: string, caller: Caller, target: Target) {
  const booking = await lockBookingByUid(session, uid);
  const eventType =
    booking?.eventTypeId == null
      ? undefined
      : await loadBookingEventType(session, booking.eventTypeId);
  if (!booking || !eventType) throw notFound('Booking');
  const role =
    eventType.teamId === null
      ? null
      : await acceptedTeamRole(session, eventType.teamId, caller.user.id);
  const isAdmin = role === 'ADMIN' || role === 'OWNER';
  const isHost = booking.hosts.some((host) => host.id === caller.user.id);
  if (!isAdmin && !isHost) throw notFound('Booking');
  if (eventType.schedulingType !== 'roundRobin') {
    throw validationError([{ field: 'uid', message: 'Only round-robin bookings are reassigned' }]);
  }
  if (target.userId !== undefined && !isAdmin) {
    throw new AppError('FORBIDDEN', 'Only team admins and owners may choose the new host');
  }
  assertStillActive(booking);
  return { booking, eventType };
}

/** The hosts free for the booking's own time, as if it were not there. */
async function freeHosts(
  session: SqlSession,
  booking: BookingRecord,
  eventType: BookingEventType,
  now: Date,
) {
  const start = new Date(booking.startAt);
  if (Date.parse(booking.endAt) <= now.getTime()) {
    throw validationError([{ field: 'uid', message: 'The booking has already ended' }]);
  }
  const durationMinutes = (Date.parse(booking.endAt) - start.getTime()) / 60_000;
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
  // Only the hosts' own reasons count: notice and window were settled when it was booked.
  return { free: explainStart(query, toMinute(start)).hostIds, context };
}

/** The round-robin host the booking is taken from: its pooled host. */
function currentHostOf(booking: BookingRecord, context: SlotContext): number {
  const pooled = new Set(context.hosts.filter((h) => !h.isFixed).map((h) => h.userId));
  return booking.hosts.find((host) => pooled.has(host.id))?.id ?? booking.organizerId;
}

function newHostOf(context: SlotContext, free: number[], from: number, target: Target): number {
  if (target.userId === undefined) {
    const [next] = rankFreeHosts(context, free, [from]);
    if (next === undefined) throw new AppError('CONFLICT', 'No other host is free at this time');
    return next;
  }
  const isPooled = context.hosts.some((h) => h.userId === target.userId && !h.isFixed);
  if (!isPooled) {
    throw validationError([
      { field: 'userId', message: 'Not a round-robin host of this event type' },
    ]);
  }
  if (target.userId === from) {
    throw validationError([{ field: 'userId', message: 'This host already has the booking' }]);
  }
  if (!free.includes(target.userId)) {
    throw new AppError('CONFLICT', 'That host is not free at this time');
  }
  return target.userId;
}

async function reassignOnce(
  deps: BookingDeps,
  uid: string,
  caller: Caller,
  target: Target,
  input: ReassignBookingInput,
): Promise<ReassignBookingOutput> {
  const now = deps.now();
  return inTransaction(deps.database, async (session) => {
    // Before the booking's row lock: see lockMovesOfBooking for the order and why.
    await lockMovesOfBooking(session, uid);
    const { booking, eventType } = await reassignable(session, uid, caller, target);
    const { free, context } = await freeHosts(session, booking, eventType, now);
    const from = currentHostOf(booking, context);
    const to = newHostOf(context, free, from, target);
    const newHost = eventType.hosts.find((host) => host.id === to)!;
    const hostIds = booking.hosts.map((host) => (host.id === from ? to : host.id));
    const organizer = booking.organizerId === from ? newHost : booking.organizer;
    await reassignBookingHost(session, {
      bookingId: booking.id,
      fromUserId: from,
      toUserId: to,
      isRoundRobinTurn: target.userId === undefined,
      assignedAt: now,
      title: bookingTitle(eventType.title, organizer.name, booking.attendees[0]?.name ?? ''),
      event: {
        type: 'BOOKING_REASSIGNED',
        payload: {
          uid,
          status: booking.status,
          start: new Date(booking.startAt).toISOString(),
          hostIds,
          fromHostId: from,
          toHostId: to,
          reassignedByEmail: caller.user.email,
          reason: input.reason ?? null,
        },
      },
    });
    const reassignedTo = { id: newHost.id, name: newHost.name, email: newHost.email };
    return { bookingUid: uid, reassignedTo: { ...reassignedTo, displayEmail: newHost.email } };
  });
}

/**
 * Hands a round-robin booking to another host (Cal.com's reassign): without a user, the next
 * eligible one by round robin among those free at its time (it takes the turn); with one, that
 * host (team admins only; no turn, like a pinned booking). The booking keeps its uid; its old
 * host's time is freed, the new host's blocked, and a BOOKING_REASSIGNED event is written.
 */
export async function reassignBooking(
  deps: BookingDeps,
  uid: string,
  caller: Caller,
  target: Target,
  input: ReassignBookingInput,
): Promise<ReassignBookingOutput> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await reassignOnce(deps, uid, caller, target, input);
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      if (target.userId !== undefined || attempt >= ATTEMPTS) {
        throw overlapConflict('That host was just booked at this time');
      }
    }
  }
}
