import { formatLocalDate } from './civil-date';
import { formatUtcIso } from './format-local';
import type { HostAvailability } from './host-availability';
import {
  bookingBlockInterval,
  externalBlockInterval,
  isActiveBooking,
  isJoinableSeat,
} from './host-busy';
import type { Interval } from './interval-algebra';
import { coversSpan } from './interval-algebra';
import type { Reason } from './reasons';
import { overriddenDatesTouching } from './schedule-intervals';
import type { SlotQuery } from './slot-query';

/** Whether non-empty `block` shares a point with [start, end). */
function hits(block: Interval, start: number, end: number): boolean {
  return block.start < block.end && block.start < end && start < block.end;
}

function scheduleReasons(host: HostAvailability, start: number, end: number): Reason[] {
  if (coversSpan(host.schedule, start, end)) return [];
  const dates = overriddenDatesTouching(host.compiled, start, end);
  const hostId = host.hostId;
  if (dates.length === 0) {
    return [
      { code: 'OUTSIDE_SCHEDULE', message: `Host ${hostId} does not work at this time.`, hostId },
    ];
  }
  return dates.map((dayIndex) => {
    const date = formatLocalDate(dayIndex);
    return {
      code: 'DATE_OVERRIDE',
      message: `Host ${hostId} changed their hours on ${date}.`,
      hostId,
      date,
    };
  });
}

function bookingReasons(
  query: SlotQuery,
  host: HostAvailability,
  start: number,
  end: number,
  durationMinutes: number,
): Reason[] {
  const reasons: Reason[] = [];
  for (const booking of query.bookings) {
    if (!isActiveBooking(booking, query) || !booking.hostIds.includes(host.hostId)) continue;
    // The booking a new attendee would join is no obstacle to its own start.
    if (booking.start === start && isJoinableSeat(booking, query, durationMinutes)) continue;
    if (!hits(bookingBlockInterval(booking, query.event), start, end)) continue;
    const isBufferOnly = !hits(booking, start, end);
    const what = isBufferOnly ? 'the buffer around booking' : 'booking';
    const message = `Host ${host.hostId} is busy with ${what} ${booking.uid}.`;
    reasons.push({
      code: 'BOOKED',
      message,
      hostId: host.hostId,
      bookingUid: booking.uid,
      isBufferOnly,
    });
  }
  return reasons;
}

function otherBusyReasons(
  query: SlotQuery,
  host: HostAvailability,
  start: number,
  end: number,
): Reason[] {
  const hostId = host.hostId;
  const reasons: Reason[] = [];
  for (const away of query.outOfOffice) {
    if (away.hostId !== hostId || !hits(away, start, end)) continue;
    const message = `Host ${hostId} is out of office until ${formatUtcIso(away.end)}.`;
    reasons.push({ code: 'OUT_OF_OFFICE', message, hostId, outOfOfficeId: away.id });
  }
  for (const busy of query.busy) {
    if (busy.hostId !== hostId || !hits(externalBlockInterval(busy, query.event), start, end))
      continue;
    reasons.push({
      code: 'CALENDAR_BUSY',
      message: `Host ${hostId} is busy in ${busy.source}.`,
      hostId,
      source: busy.source,
    });
  }
  for (const block of host.limits) {
    if (!hits(block, start, end)) continue;
    const { period, kind, limit, used } = block;
    const unit = kind === 'count' ? 'bookings' : 'minutes';
    const message = `Host ${hostId} reached the ${period} limit of ${limit} ${unit} (${used} used).`;
    reasons.push({ code: 'BOOKING_LIMIT', message, hostId, period, kind, limit, used });
  }
  return reasons;
}

/**
 * Every reason that keeps one host from taking a booking [start, end): schedule, date overrides,
 * out-of-office, bookings and their buffers, calendar busy time, booking limits. Mirrors how
 * computeHostAvailability builds the host's free time, item by item.
 */
export function diagnoseHost(
  query: SlotQuery,
  host: HostAvailability,
  start: number,
  durationMinutes: number,
): Reason[] {
  const end = start + durationMinutes;
  return [
    ...scheduleReasons(host, start, end),
    ...otherBusyReasons(query, host, start, end),
    ...bookingReasons(query, host, start, end, durationMinutes),
  ];
}
