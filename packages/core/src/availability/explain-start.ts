import type { WindowBounds } from './booking-window';
import { withinBounds } from './booking-window';
import { checkDuration, resolveBounds } from './compute-slots';
import type { DaySearch } from './day-search';
import { searchDays } from './day-search';
import { formatUtcIso } from './format-local';
import { diagnoseHost } from './host-diagnostics';
import { isJoinableSeat } from './host-busy';
import { coversSpan } from './interval-algebra';
import type { Reason } from './reasons';
import type { SlotQuery } from './slot-query';
import { zoneDayAt } from './zone-day';

/** Whether a start can be booked, with whom, and if not, every reason why not. */
export type StartExplanation = {
  /** True exactly when computeSlots, over any window containing `start`, offers it. */
  bookable: boolean;
  /** When bookable, the slot's hosts; otherwise the hosts that have no reason of their own. */
  hostIds: number[];
  /** Empty exactly when bookable. */
  reasons: Reason[];
};

function timeReasons(query: SlotQuery, start: number): Reason[] {
  const reasons: Reason[] = [];
  const notice = Math.max(0, query.event.minimumBookingNoticeMinutes);
  if (start < query.now) {
    reasons.push({ code: 'IN_THE_PAST', message: 'This time has already passed.', now: query.now });
  }
  if (notice > 0 && start < query.now + notice) {
    const earliestStart = query.now + notice;
    const message = `Bookings need ${notice} minutes of notice; the earliest start is ${formatUtcIso(earliestStart)}.`;
    reasons.push({
      code: 'MINIMUM_NOTICE',
      message,
      earliestStart,
      minimumBookingNoticeMinutes: notice,
    });
  }
  return reasons;
}

function windowReasons(bounds: WindowBounds, start: number): Reason[] {
  if (withinBounds(bounds, start)) return [];
  const message = 'This time is outside the period in which the event can be booked.';
  return [
    { code: 'OUTSIDE_BOOKING_WINDOW', message, windowStart: bounds.start, windowEnd: bounds.end },
  ];
}

/**
 * Host reasons that matter: fixed hosts always, pooled hosts only when none of them is free, and
 * the hosts of a seated booking starting here (a new attendee joins all of them).
 */
function hostReasons(query: SlotQuery, search: DaySearch, start: number) {
  const perHost = search.hosts.map((host) => ({
    host,
    reasons: diagnoseHost(query, host, start, search.durationMinutes),
  }));
  const pooled = perHost.filter(({ host }) => !host.isFixed);
  const pooledBlocked = pooled.every(({ reasons }) => reasons.length > 0);
  const seatHostIds = new Set(
    query.bookings
      .filter(
        (booking) =>
          booking.start === start && isJoinableSeat(booking, query, search.durationMinutes),
      )
      .flatMap((booking) => booking.hostIds),
  );
  const matters = (hostId: number, isFixed: boolean) =>
    isFixed || pooledBlocked || seatHostIds.has(hostId);
  const reasons = perHost.flatMap(({ host, reasons }) =>
    matters(host.hostId, host.isFixed) ? reasons : [],
  );
  const freeHostIds = perHost
    .filter(({ reasons }) => reasons.length === 0)
    .map(({ host }) => host.hostId);
  return { reasons, freeHostIds };
}

function seatReasons(query: SlotQuery, start: number): Reason[] {
  const total = query.event.seatsPerTimeSlot;
  if (total === null) return [];
  return query.bookings
    .filter((booking) => booking.start === start && booking.eventTypeId === query.event.eventTypeId)
    .filter(
      (booking) =>
        booking.blocksAvailability &&
        booking.uid !== query.ignoreBookingUid &&
        booking.attendeeCount >= total,
    )
    .map((booking) => ({
      code: 'SEATS_FULL',
      message: `All ${total} seats are taken.`,
      bookingUid: booking.uid,
      seatsTotal: total,
    }));
}

function gridReasons(query: SlotQuery, search: DaySearch, start: number): Reason[] {
  const end = start + search.durationMinutes;
  const fits = coversSpan(search.merged, start, end);
  if (fits && !search.grid.includes(start) && !search.seatStarts.has(start)) {
    return [{ code: 'NOT_ON_SLOT_GRID', message: 'Slots do not start at this time.' }];
  }
  const first = search.candidates[0];
  const isCandidate = search.candidates.some((slot) => slot.start === start);
  if (query.event.onlyShowFirstAvailableSlot && isCandidate && first && first.start !== start) {
    const message = `Only the first slot of the day is offered (${formatUtcIso(first.start)}).`;
    return [{ code: 'NOT_FIRST_SLOT_OF_DAY', message, firstStart: first.start }];
  }
  return [];
}

/**
 * Checks one start (epoch minutes) with exactly the code of computeSlots: a search of the start's
 * local day (booker's zone) decides `bookable`; when it is not, every applicable reason is listed
 * (not just the first). Used by "why not this time?" and to re-check a start when booking.
 * query.window is ignored.
 * @throws Error only if the start is not offered yet no reason is found (a broken invariant).
 */
export function explainStart(query: SlotQuery, start: number): StartExplanation {
  const duration = checkDuration(query);
  if (!duration.ok) return { bookable: false, hostIds: [], reasons: [duration.reason] };
  if (query.hosts.length === 0) {
    return {
      bookable: false,
      hostIds: [],
      reasons: [{ code: 'NO_HOSTS', message: 'The event has no hosts.' }],
    };
  }
  const bounds = resolveBounds(query, duration.durationMinutes);
  const day = zoneDayAt(query.bookerTimeZone, start).dayIndex;
  const search = searchDays(
    query,
    duration.durationMinutes,
    { firstDay: day, lastDay: day },
    bounds,
  );
  const offered = search.slots.find((slot) => slot.start === start);
  if (offered) return { bookable: true, hostIds: offered.hostIds, reasons: [] };
  const hosts = hostReasons(query, search, start);
  const reasons = [
    ...timeReasons(query, start),
    ...windowReasons(bounds, start),
    ...hosts.reasons,
    ...seatReasons(query, start),
    ...gridReasons(query, search, start),
  ];
  if (reasons.length === 0)
    throw new Error(`Start ${start} is not offered, yet no rule excludes it.`);
  return { bookable: false, hostIds: hosts.freeHostIds, reasons };
}
