import type { WindowBounds } from './booking-window';
import { fixedWindowBounds, rollingWindowDays, rollingWindowEnd } from './booking-window';
import { zoneDayAt } from './zone-day';
import { searchDays } from './day-search';
import type { Reason } from './reasons';
import type { Slot, SlotQuery } from './slot-query';

/** The duration a query asks for, or why it may not be booked. */
export type DurationCheck =
  | { ok: true; durationMinutes: number }
  | { ok: false; reason: Extract<Reason, { code: 'INVALID_DURATION' }> };

/**
 * Resolves the requested duration: query.durationMinutes, else the event length. It must be a
 * positive whole number of minutes and, when the event lists duration options, one of them or the
 * default length.
 */
export function checkDuration(query: SlotQuery): DurationCheck {
  const { lengthMinutes, durationOptionsMinutes } = query.event;
  const durationMinutes = query.durationMinutes ?? lengthMinutes;
  const allowed = [...new Set([lengthMinutes, ...(durationOptionsMinutes ?? [])])].sort(
    (a, b) => a - b,
  );
  const isWhole = Number.isInteger(durationMinutes) && durationMinutes > 0;
  const isOffered =
    query.durationMinutes === undefined ||
    durationOptionsMinutes === undefined ||
    allowed.includes(durationMinutes);
  if (isWhole && isOffered) return { ok: true, durationMinutes };
  const message = `A ${durationMinutes}-minute booking is not offered; choose one of ${allowed.join(', ')} minutes.`;
  return {
    ok: false,
    reason: { code: 'INVALID_DURATION', message, durationMinutes, allowedDurations: allowed },
  };
}

/**
 * Allowed starts under the event's booking window. A rolling:true window depends on which days
 * have bookable slots, so it runs a search of the examined days (without the window) first.
 */
export function resolveBounds(query: SlotQuery, durationMinutes: number): WindowBounds {
  const { bookingWindow, timeZone } = query.event;
  const fixed = fixedWindowBounds(bookingWindow, query.now, query.bookerTimeZone, timeZone);
  const unbounded = { start: null, end: null };
  if (fixed !== null || !('days' in bookingWindow)) return fixed ?? unbounded;
  const days = rollingWindowDays(
    query.now,
    query.bookerTimeZone,
    bookingWindow.type === 'businessDays',
  );
  const search = searchDays(
    query,
    durationMinutes,
    { firstDay: days[0]!, lastDay: days[days.length - 1]! },
    unbounded,
  );
  const bookableDays = new Set(
    search.candidates.map((slot) => zoneDayAt(query.bookerTimeZone, slot.start).dayIndex),
  );
  const end = rollingWindowEnd(
    days,
    bookingWindow.days,
    (day) => bookableDays.has(day),
    query.bookerTimeZone,
  );
  return { start: null, end };
}

/**
 * Bookable slots whose start lies in query.window, sorted by start (epoch minutes).
 *
 * Pipeline: each host's schedule (in the schedule's zone) minus its bookings with buffers,
 * calendar busy time, out-of-office and limit-closed periods; hosts merged (fixed intersected,
 * pooled unioned); starts laid on a grid aligned in the booker's zone; then the minimum notice,
 * the booking window, per-slot host attribution, seats and first-slot-of-the-day rule.
 * An invalid duration or an empty window gives no slots (see explainStart for reasons).
 */
export function computeSlots(query: SlotQuery): Slot[] {
  const duration = checkDuration(query);
  const { window } = query;
  if (!duration.ok || window.end <= window.start || query.hosts.length === 0) return [];
  const bounds = resolveBounds(query, duration.durationMinutes);
  const firstDay = zoneDayAt(query.bookerTimeZone, window.start).dayIndex;
  const lastDay = zoneDayAt(query.bookerTimeZone, window.end - 1).dayIndex;
  return searchDays(query, duration.durationMinutes, { firstDay, lastDay, window }, bounds).slots;
}
