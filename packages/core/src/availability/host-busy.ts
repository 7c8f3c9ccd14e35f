import type { Interval } from './interval-algebra';
import { mergeIntervals } from './interval-algebra';
import type { EventRules, ExistingBooking, ExternalBusy, SlotQuery } from './slot-query';

/** The buffers of the event being booked, in minutes. */
type RequestedBuffers = Pick<EventRules, 'beforeEventBufferMinutes' | 'afterEventBufferMinutes'>;

/**
 * Time an existing booking keeps from a new booking of the requested event (Cal.com §6.3): its own
 * before-buffer plus the new event's after-buffer ahead of it, its own after-buffer plus the new
 * event's before-buffer behind it. A new slot [s, e) must not overlap the result.
 */
export function bookingBlockInterval(booking: ExistingBooking, event: RequestedBuffers): Interval {
  return {
    start: booking.start - (booking.beforeBufferMinutes + event.afterEventBufferMinutes),
    end: booking.end + (booking.afterBufferMinutes + event.beforeEventBufferMinutes),
  };
}

/**
 * Time a calendar busy period keeps from a new booking: like a booking without buffers of its own,
 * so only the requested event's buffers widen it.
 */
export function externalBlockInterval(busy: ExternalBusy, event: RequestedBuffers): Interval {
  return {
    start: busy.start - event.afterEventBufferMinutes,
    end: busy.end + event.beforeEventBufferMinutes,
  };
}

/** Whether a booking takes part at all: blocking, and not the one being rescheduled. */
export function isActiveBooking(booking: ExistingBooking, query: SlotQuery): boolean {
  return booking.blocksAvailability && booking.uid !== query.ignoreBookingUid;
}

/**
 * Whether new attendees can still join this booking: a booking of the same seated event type,
 * with a free seat and the same duration. Such a booking blocks every other start but not its own.
 */
export function isJoinableSeat(
  booking: ExistingBooking,
  query: SlotQuery,
  durationMinutes: number,
): boolean {
  const seats = query.event.seatsPerTimeSlot;
  return (
    seats !== null &&
    isActiveBooking(booking, query) &&
    booking.eventTypeId === query.event.eventTypeId &&
    booking.attendeeCount < seats &&
    booking.end - booking.start === durationMinutes
  );
}

/** Blocked time of one host, each list normalised. */
export type HostBlocks = {
  /** Bookings (with buffers), calendar busy time and out-of-office, joinable seats excluded. */
  blocked: Interval[];
  /** Joinable seated bookings (with buffers): they block every start but their own. */
  joinableSeats: Interval[];
};

function pushFor(map: Map<number, Interval[]>, hostId: number, interval: Interval): void {
  map.get(hostId)?.push(interval);
}

/** Blocked time per host id of the query, built in one pass over bookings, busy and OOO. */
export function collectHostBlocks(
  query: SlotQuery,
  durationMinutes: number,
): Map<number, HostBlocks> {
  const blocked = new Map<number, Interval[]>();
  const seats = new Map<number, Interval[]>();
  for (const host of query.hosts) {
    blocked.set(host.hostId, []);
    seats.set(host.hostId, []);
  }
  for (const booking of query.bookings) {
    if (!isActiveBooking(booking, query)) continue;
    const target = isJoinableSeat(booking, query, durationMinutes) ? seats : blocked;
    const interval = bookingBlockInterval(booking, query.event);
    for (const hostId of booking.hostIds) pushFor(target, hostId, interval);
  }
  for (const busy of query.busy)
    pushFor(blocked, busy.hostId, externalBlockInterval(busy, query.event));
  for (const away of query.outOfOffice)
    pushFor(blocked, away.hostId, { start: away.start, end: away.end });
  const result = new Map<number, HostBlocks>();
  for (const [hostId, intervals] of blocked) {
    result.set(hostId, {
      blocked: mergeIntervals(intervals),
      joinableSeats: mergeIntervals(seats.get(hostId) ?? []),
    });
  }
  return result;
}
