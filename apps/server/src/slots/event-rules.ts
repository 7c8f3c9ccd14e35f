import type { BookingWindow, EventRules, PeriodLimits } from '@kairos/core';
import type { EventTypeRow, ScheduleRow, UserRow } from '@kairos/db';

const WEEK_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Cal.com's stored `bookingWindow` object to the engine's window. */
export function bookingWindowOf(stored: Record<string, unknown> | null): BookingWindow {
  if (!stored || stored.disabled === true) return { type: 'unlimited' };
  if (stored.type === 'range' && Array.isArray(stored.value)) {
    return { type: 'range', startDate: String(stored.value[0]), endDate: String(stored.value[1]) };
  }
  if (stored.type === 'calendarDays' || stored.type === 'businessDays') {
    return { type: stored.type, days: Number(stored.value), rolling: stored.rolling === true };
  }
  return { type: 'unlimited' };
}

function limitsOf(stored: Record<string, number> | null): PeriodLimits | null {
  if (!stored || (stored as Record<string, unknown>).disabled === true) return null;
  const limits: PeriodLimits = {};
  for (const period of ['day', 'week', 'month', 'year'] as const) {
    if (typeof stored[period] === 'number') limits[period] = stored[period];
  }
  return Object.keys(limits).length ? limits : null;
}

/**
 * The slot-relevant settings of an event type. Range windows and limit periods use the zone of
 * the event's schedule (Cal.com: "event time zone"), else the owner's.
 */
export function eventRulesOf(
  eventType: EventTypeRow,
  owner: UserRow | null,
  schedule: ScheduleRow | null,
): EventRules & { eventTypeId: number } {
  const seats = eventType.seats as { seatsPerTimeSlot?: number } | null;
  const weekStartDay = WEEK_DAYS.indexOf(owner?.weekStart ?? 'Monday');
  return {
    eventTypeId: eventType.id,
    lengthMinutes: eventType.lengthInMinutes,
    ...(eventType.lengthInMinutesOptions?.length
      ? { durationOptionsMinutes: eventType.lengthInMinutesOptions }
      : {}),
    slotIntervalMinutes: eventType.slotInterval,
    offsetStartMinutes: eventType.offsetStart,
    minimumBookingNoticeMinutes: eventType.minimumBookingNotice,
    beforeEventBufferMinutes: eventType.beforeEventBuffer,
    afterEventBufferMinutes: eventType.afterEventBuffer,
    bookingWindow: bookingWindowOf(eventType.bookingWindow),
    bookingLimitsCount: limitsOf(eventType.bookingLimitsCount),
    bookingLimitsDuration: limitsOf(eventType.bookingLimitsDuration),
    onlyShowFirstAvailableSlot: eventType.onlyShowFirstAvailableSlot,
    seatsPerTimeSlot: seats?.seatsPerTimeSlot ?? null,
    timeZone: schedule?.timeZone ?? owner?.timeZone ?? 'UTC',
    weekStartDay: weekStartDay < 0 ? 1 : weekStartDay,
  };
}
