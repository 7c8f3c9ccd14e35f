import { weekDay } from '@kairos/contracts';
import type { BookingWindow, EventRules, PeriodLimits } from '@kairos/core';
import type { SlotContext } from '@kairos/db';

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
  if (!stored) return null;
  const limits: PeriodLimits = {};
  for (const period of ['day', 'week', 'month', 'year'] as const) {
    if (typeof stored[period] === 'number') limits[period] = stored[period];
  }
  return Object.keys(limits).length ? limits : null;
}

/**
 * The slot-relevant settings of an event type. Range windows and limit periods use the zone of
 * the owner's schedule for this event (Cal.com: "event time zone"), else the owner's zone; a
 * team event type's use its team's zone and week start.
 */
export function eventRulesOf(context: SlotContext): EventRules & { eventTypeId: number } {
  const { eventType, owner, team } = context;
  const ownerHost = context.hosts.find((host) => host.userId === owner?.id) ?? context.hosts[0];
  const weekStartDay = weekDay.options.indexOf(
    (team?.weekStart ?? owner?.weekStart) as (typeof weekDay.options)[number],
  );
  const timeZone = team?.timeZone ?? ownerHost?.schedule?.timeZone ?? owner?.timeZone ?? 'UTC';
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
    seatsPerTimeSlot: eventType.seats?.seatsPerTimeSlot ?? null,
    timeZone,
    weekStartDay: weekStartDay < 0 ? 1 : weekStartDay,
  };
}
