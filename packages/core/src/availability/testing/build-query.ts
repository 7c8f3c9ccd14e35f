/**
 * Builders for tests of the availability engine: readable ISO instants in, epoch minutes out,
 * and a valid SlotQuery with defaults that tests override field by field.
 */
import { formatUtcIso } from '../format-local';
import type { ScheduleRules } from '../schedule-intervals';
import type { EventRules, ExistingBooking, HostInput, SlotQuery } from '../slot-query';

/** Epoch minutes of an ISO 8601 instant with an explicit offset or 'Z'. */
export function minutesOf(iso: string): number {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms) || !/(Z|[+-]\d{2}:\d{2})$/.test(iso))
    throw new Error(`Bad ISO instant: ${iso}`);
  return ms / 60_000;
}

/** 'YYYY-MM-DDTHH:MM:SS.000Z' of epoch minutes, for readable assertions. */
export function isoOf(minute: number): string {
  return formatUtcIso(minute);
}

/** Monday-Friday 09:00-17:00 in a zone, with optional overrides. */
export function workWeek(
  timeZone: string,
  overrides: ScheduleRules['overrides'] = [],
): ScheduleRules {
  return {
    timeZone,
    rules: [{ days: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '17:00' }],
    overrides,
  };
}

/** A 30-minute event in America/New_York with no notice, buffers, window or limits. */
export function buildEvent(
  changes: Partial<EventRules & { eventTypeId: number }> = {},
): EventRules & { eventTypeId: number } {
  return {
    eventTypeId: 1,
    lengthMinutes: 30,
    slotIntervalMinutes: null,
    offsetStartMinutes: 0,
    minimumBookingNoticeMinutes: 0,
    beforeEventBufferMinutes: 0,
    afterEventBufferMinutes: 0,
    bookingWindow: { type: 'unlimited' },
    bookingLimitsCount: null,
    bookingLimitsDuration: null,
    onlyShowFirstAvailableSlot: false,
    seatsPerTimeSlot: null,
    timeZone: 'America/New_York',
    weekStartDay: 1,
    ...changes,
  };
}

/** One fixed host with id 1 and the given schedule. */
export function singleHost(schedule: ScheduleRules, hostId = 1): HostInput[] {
  return [{ hostId, schedule, isFixed: true }];
}

/** A blocking booking of event type 1 held by host 1, without buffers. */
export function buildBooking(
  uid: string,
  startIso: string,
  endIso: string,
  changes: Partial<ExistingBooking> = {},
): ExistingBooking {
  return {
    uid,
    start: minutesOf(startIso),
    end: minutesOf(endIso),
    hostIds: [1],
    eventTypeId: 1,
    beforeBufferMinutes: 0,
    afterBufferMinutes: 0,
    attendeeCount: 1,
    blocksAvailability: true,
    ...changes,
  };
}

/**
 * A query for one New York host working Monday-Friday 09:00-17:00, searching the week of
 * Monday 2026-03-09 (after the DST change) with the clock at 2026-03-01.
 */
export function buildQuery(changes: Partial<SlotQuery> = {}): SlotQuery {
  return {
    now: minutesOf('2026-03-01T00:00:00Z'),
    window: { start: minutesOf('2026-03-09T04:00:00Z'), end: minutesOf('2026-03-14T04:00:00Z') },
    bookerTimeZone: 'America/New_York',
    event: buildEvent(),
    hosts: singleHost(workWeek('America/New_York')),
    bookings: [],
    busy: [],
    outOfOffice: [],
    ...changes,
  };
}

/** Slot starts of a result as UTC ISO text. */
export function startsOf(slots: ReadonlyArray<{ start: number }>): string[] {
  return slots.map((slot) => isoOf(slot.start));
}
