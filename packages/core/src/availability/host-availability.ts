import type { LimitBlock } from './booking-limits';
import { limitBlocks } from './booking-limits';
import { collectHostBlocks, isActiveBooking } from './host-busy';
import type { Interval } from './interval-algebra';
import { mergeIntervals, subtractIntervals } from './interval-algebra';
import type { CompiledSchedule } from './schedule-intervals';
import { compileSchedule, compiledScheduleIntervals } from './schedule-intervals';
import type { ExistingBooking, SlotQuery } from './slot-query';

/** One host's time within a computation span; every interval list is normalised. */
export type HostAvailability = {
  hostId: number;
  isFixed: boolean;
  compiled: CompiledSchedule;
  /** Working hours from the schedule. */
  schedule: Interval[];
  /** Periods closed by booking limits. */
  limits: LimitBlock[];
  /** Working hours minus bookings, calendar busy, out-of-office and limits; joinable seats kept. */
  baseFree: Interval[];
  /** baseFree minus joinable seated bookings: where a new booking can start. */
  free: Interval[];
};

function countedBookingsByHost(query: SlotQuery): Map<number, ExistingBooking[]> {
  const byHost = new Map<number, ExistingBooking[]>(query.hosts.map((host) => [host.hostId, []]));
  const hasLimits =
    query.event.bookingLimitsCount !== null ||
    query.event.bookingLimitsDuration !== null ||
    query.hosts.some((host) => host.caps);
  if (!hasLimits) return byHost;
  for (const booking of query.bookings) {
    if (!isActiveBooking(booking, query) || booking.eventTypeId !== query.event.eventTypeId)
      continue;
    for (const hostId of booking.hostIds) byHost.get(hostId)?.push(booking);
  }
  return byHost;
}

/** The event's limits for one host, and the host's own caps in its zone. */
function hostLimitBlocks(
  query: SlotQuery,
  host: SlotQuery['hosts'][number],
  bookings: readonly ExistingBooking[],
  durationMinutes: number,
  span: Interval,
): LimitBlock[] {
  const blocks = limitBlocks(bookings, query.event, durationMinutes, span);
  if (!host.caps) return blocks;
  const capRules = {
    ...query.event,
    bookingLimitsCount: host.caps.limits,
    bookingLimitsDuration: null,
    timeZone: host.caps.timeZone,
    weekStartDay: host.caps.weekStartDay,
  };
  return [...blocks, ...limitBlocks(bookings, capRules, durationMinutes, span)];
}

/**
 * Every host's availability within `span` (epoch minutes), computed once per host: the
 * schedule is expanded once, blocked time subtracted once, limits applied per host (as Cal.com
 * does for event-type limits).
 */
export function computeHostAvailability(
  query: SlotQuery,
  durationMinutes: number,
  span: Interval,
): HostAvailability[] {
  const blocks = collectHostBlocks(query, durationMinutes);
  const counted = countedBookingsByHost(query);
  return query.hosts.map((host) => {
    const compiled = compileSchedule(host.schedule);
    const schedule = compiledScheduleIntervals(compiled, span.start, span.end);
    const counts = counted.get(host.hostId) ?? [];
    const limits = hostLimitBlocks(query, host, counts, durationMinutes, span);
    const hostBlocks = blocks.get(host.hostId) ?? { blocked: [], joinableSeats: [] };
    const closed =
      limits.length > 0 ? mergeIntervals([...hostBlocks.blocked, ...limits]) : hostBlocks.blocked;
    const baseFree = subtractIntervals(schedule, closed);
    const free = subtractIntervals(baseFree, hostBlocks.joinableSeats);
    return {
      hostId: host.hostId,
      isFixed: host.isFixed,
      compiled,
      schedule,
      limits,
      baseFree,
      free,
    };
  });
}
