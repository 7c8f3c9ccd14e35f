import type { WindowBounds } from './booking-window';
import { withinBounds } from './booking-window';
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
  /** Grid starts within `days`. */
  grid: number[];
  seatStarts: Map<number, SeatCandidate>;
  /** Bookable slots before the first-slot-of-the-day rule. */
  candidates: Slot[];
  /** What the search offers. */
  slots: Slot[];
};

/** Joinable seated bookings in `days` whose hosts are still free for them, first per start. */
function findSeatStarts(query: SlotQuery, search: Pick<DaySearch, 'durationMinutes' | 'days' | 'hosts'>) {
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
    if (hosts.length > 0 && allFree) seatStarts.set(booking.start, { booking, hostIds: hosts.map((host) => host.hostId) });
  }
  return seatStarts;
}

function mergedStarts(grid: readonly number[], seatStarts: ReadonlyMap<number, SeatCandidate>): number[] {
  if (seatStarts.size === 0) return grid.slice();
  return [...new Set([...grid, ...seatStarts.keys()])].sort((a, b) => a - b);
}

function buildCandidates(query: SlotQuery, search: Omit<DaySearch, 'candidates' | 'slots'>, bounds: WindowBounds) {
  const total = query.event.seatsPerTimeSlot;
  const earliest = query.now + Math.max(0, query.event.minimumBookingNoticeMinutes);
  const matchHosts = createHostMatcher(search.hosts);
  const candidates: Slot[] = [];
  for (const start of mergedStarts(search.grid, search.seatStarts)) {
    if (start < earliest || !withinBounds(bounds, start)) continue;
    const end = start + search.durationMinutes;
    const seat = search.seatStarts.get(start);
    if (seat && total !== null) {
      const booked = seat.booking.attendeeCount;
      const seats = { booked, remaining: total - booked, total, bookingUid: seat.booking.uid };
      candidates.push({ start, end, hostIds: seat.hostIds, seats });
      continue;
    }
    const hostIds = matchHosts(start, end);
    if (hostIds === null) continue;
    candidates.push(total === null ? { start, end, hostIds } : { start, end, hostIds, seats: { booked: 0, remaining: total, total } });
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
 * rule applied but the requested window. Searching a day always gives the same slots for that
 * day, whatever other days are searched with it: that is what lets explainStart re-check one
 * start with exactly the code of the search.
 */
export function searchDays(
  query: SlotQuery,
  durationMinutes: number,
  firstDay: number,
  lastDay: number,
  bounds: WindowBounds,
): DaySearch {
  const zone = query.bookerTimeZone;
  const days = { start: zoneDay(zone, firstDay).start, end: zoneDay(zone, lastDay).end };
  const span = { start: zoneDay(zone, firstDay - LEAD_DAYS).start, end: days.end + durationMinutes };
  const hosts = computeHostAvailability(query, durationMinutes, span);
  const merged = mergeTeamAvailability(hosts);
  const frequencyMinutes = Math.max(1, query.event.slotIntervalMinutes ?? durationMinutes);
  const offsetStartMinutes = Math.max(0, query.event.offsetStartMinutes);
  const settings = { durationMinutes, frequencyMinutes, offsetStartMinutes, bookerTimeZone: zone };
  const grid = gridStarts(merged, settings).filter((start) => start >= days.start && start < days.end);
  const seatStarts = findSeatStarts(query, { durationMinutes, days, hosts });
  const partial = { durationMinutes, days, hosts, merged, grid, seatStarts };
  const candidates = buildCandidates(query, partial, bounds);
  const slots = query.event.onlyShowFirstAvailableSlot ? firstSlotPerDay(candidates, zone) : candidates;
  return { ...partial, candidates, slots };
}
