import type { WindowBounds } from './booking-window';
import type { HostAvailability } from './host-availability';
import { computeHostAvailability } from './host-availability';
import { isJoinableSeat } from './host-busy';
import type { Interval } from './interval-algebra';
import { coversSpan } from './interval-algebra';
import { gridStarts } from './slot-grid';
import type { ExistingBooking, Slot, SlotQuery } from './slot-query';
import { createHostMatcher, mergeTeamAvailability } from './team-merge';
import { zoneDay, zoneDayAt } from './zone-day';

/** Days of history before the first searched day that feed a day's grid (see gridStarts). */
const LEAD_DAYS = 2;

/** A joinable seated booking that a new attendee can take a seat in. */
type SeatCandidate = { booking: ExistingBooking; hostIds: number[] };

/** The intermediate results of a search over whole local days of the booker's zone. */
export type DaySearch = {
  durationMinutes: number;
  /** Booker-zone instants covered: [days.start, days.end). */
  days: Interval;
  hosts: HostAvailability[];
  /** Team availability that slots are cut from. */
  merged: Interval[];
  /** Grid starts over the whole computation span (ascending). */
  grid: number[];
  seatStarts: Map<number, SeatCandidate>;
  /** Bookable slots before the first-slot-of-the-day rule. */
  candidates: Slot[];
  /** What the search offers. */
  slots: Slot[];
};

/** Joinable seated bookings in `days` whose hosts are still free for them, first per start. */
function findSeatStarts(
  query: SlotQuery,
  search: Pick<DaySearch, 'durationMinutes' | 'days' | 'hosts'>,
) {
  const seatStarts = new Map<number, SeatCandidate>();
  if (query.event.seatsPerTimeSlot === null) return seatStarts;
  const hostsById = new Map(search.hosts.map((host) => [host.hostId, host]));
  const joinable = query.bookings
    .filter((booking) => isJoinableSeat(booking, query, search.durationMinutes))
    .filter((booking) => booking.start >= search.days.start && booking.start < search.days.end)
    .sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
  for (const booking of joinable) {
    if (seatStarts.has(booking.start)) continue;
    const hosts = booking.hostIds.flatMap((hostId) => hostsById.get(hostId) ?? []);
    const allFree = hosts.every((host) => coversSpan(host.baseFree, booking.start, booking.end));
    if (hosts.length > 0 && allFree)
      seatStarts.set(booking.start, { booking, hostIds: hosts.map((host) => host.hostId) });
  }
  return seatStarts;
}

function mergedStarts(
  grid: readonly number[],
  seatStarts: ReadonlyMap<number, SeatCandidate>,
): readonly number[] {
  if (seatStarts.size === 0) return grid;
  return [...new Set([...grid, ...seatStarts.keys()])].sort((a, b) => a - b);
}

/** Index of the first value >= target in an ascending list. */
function lowerBound(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Starts worth building a slot for: [start, end) of the days, notice, booking window and request. */
function startLimits(
  query: SlotQuery,
  days: Interval,
  bounds: WindowBounds,
  window: Interval | null,
): Interval {
  // Notice and booking window filter starts instead of re-anchoring the grid at now + notice as
  // Cal.com does: a start shown to a booker must still be on the grid when they submit later.
  const earliest = query.now + Math.max(0, query.event.minimumBookingNoticeMinutes);
  return {
    start: Math.max(days.start, earliest, bounds.start ?? days.start, window?.start ?? days.start),
    end: Math.min(days.end, bounds.end ?? days.end, window?.end ?? days.end),
  };
}

function buildCandidates(
  query: SlotQuery,
  search: Omit<DaySearch, 'candidates' | 'slots'>,
  limits: Interval,
): Slot[] {
  const total = query.event.seatsPerTimeSlot;
  const matchHosts = createHostMatcher(search.hosts);
  // Grid starts come from the intersection of fixed hosts, so without pooled hosts every fixed
  // host is free for them and no per-host check is needed.
  const fixedIds = search.hosts.every((host) => host.isFixed)
    ? search.hosts.map((host) => host.hostId)
    : null;
  const starts = mergedStarts(search.grid, search.seatStarts);
  const candidates: Slot[] = [];
  for (
    let i = lowerBound(starts, limits.start);
    i < starts.length && starts[i]! < limits.end;
    i += 1
  ) {
    const start = starts[i]!;
    const end = start + search.durationMinutes;
    const seat = search.seatStarts.get(start);
    if (seat && total !== null) {
      const booked = seat.booking.attendeeCount;
      const seats = { booked, remaining: total - booked, total, bookingUid: seat.booking.uid };
      candidates.push({ start, end, hostIds: seat.hostIds.slice(), seats });
      continue;
    }
    const hostIds = fixedIds ? fixedIds.slice() : matchHosts(start, end);
    if (hostIds === null) continue;
    candidates.push(
      total === null
        ? { start, end, hostIds }
        : { start, end, hostIds, seats: { booked: 0, remaining: total, total } },
    );
  }
  return candidates;
}

/** The earliest slot of each local day of the booker's zone. */
export function firstSlotPerDay(slots: readonly Slot[], bookerTimeZone: string): Slot[] {
  const firsts: Slot[] = [];
  let dayEnd = Number.NEGATIVE_INFINITY;
  for (const slot of slots) {
    if (slot.start < dayEnd) continue;
    firsts.push(slot);
    dayEnd = zoneDayAt(bookerTimeZone, slot.start).end;
  }
  return firsts;
}

/**
 * Slots of whole local days [firstDay, lastDay] of the booker's zone (day indexes), with every
 * rule applied; `window`, when given, keeps only starts inside it (after the first-slot-of-the-
 * day rule, which looks at whole days). Searching a day always gives the same slots for that
 * day, whatever other days are searched with it: that is what lets explainStart re-check one
 * start with exactly the code of the search.
 */
export function searchDays(
  query: SlotQuery,
  durationMinutes: number,
  request: { firstDay: number; lastDay: number; window?: Interval },
  bounds: WindowBounds,
): DaySearch {
  const { firstDay, lastDay } = request;
  const zone = query.bookerTimeZone;
  const covered = { start: zoneDay(zone, firstDay).start, end: zoneDay(zone, lastDay).end };
  const span = {
    start: zoneDay(zone, firstDay - LEAD_DAYS).start,
    end: covered.end + durationMinutes,
  };
  const hosts = computeHostAvailability(query, durationMinutes, span);
  const merged = mergeTeamAvailability(hosts);
  const frequencyMinutes = Math.max(1, query.event.slotIntervalMinutes ?? durationMinutes);
  const offsetStartMinutes = Math.max(0, query.event.offsetStartMinutes);
  const settings = { durationMinutes, frequencyMinutes, offsetStartMinutes, bookerTimeZone: zone };
  const grid = gridStarts(merged, settings);
  const seatStarts = findSeatStarts(query, { durationMinutes, days: covered, hosts });
  const partial = { durationMinutes, days: covered, hosts, merged, grid, seatStarts };
  const window = request.window ?? null;
  if (!query.event.onlyShowFirstAvailableSlot) {
    const candidates = buildCandidates(query, partial, startLimits(query, covered, bounds, window));
    return { ...partial, candidates, slots: candidates };
  }
  const candidates = buildCandidates(query, partial, startLimits(query, covered, bounds, null));
  const firsts = firstSlotPerDay(candidates, zone);
  const slots = window
    ? firsts.filter((slot) => slot.start >= window.start && slot.start < window.end)
    : firsts;
  return { ...partial, candidates, slots };
}
