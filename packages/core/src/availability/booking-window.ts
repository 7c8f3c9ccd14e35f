import { addBusinessDays, parseLocalDate } from './civil-date';
import type { BookingWindow } from './slot-query';
import { zoneDay, zoneDayAt } from './zone-day';

/** Allowed slot starts [start, end) in epoch minutes; null = unbounded on that side. */
export type WindowBounds = { start: number | null; end: number | null };

/** Days Cal.com examines at most when looking for "N bookable days" (ROLLING_WINDOW_PERIOD_MAX_DAYS_TO_CHECK). */
export const ROLLING_WINDOW_MAX_DAYS = 61;

/** Whether a start lies within the bounds. */
export function withinBounds(bounds: WindowBounds, start: number): boolean {
  return (
    (bounds.start === null || start >= bounds.start) && (bounds.end === null || start < bounds.end)
  );
}

/**
 * Bounds of every booking window that does not depend on availability (all but rolling:true).
 * Day-count windows end at the end of today + N days in the booker's zone (business days skip
 * Saturday and Sunday); range windows run from the start of startDate to the end of endDate in
 * the event owner's zone. Returns null for rolling windows (see {@link rollingWindowEnd}).
 */
export function fixedWindowBounds(
  window: BookingWindow,
  now: number,
  bookerTimeZone: string,
  eventTimeZone: string,
): WindowBounds | null {
  switch (window.type) {
    case 'unlimited':
      return { start: null, end: null };
    case 'range':
      return {
        start: zoneDay(eventTimeZone, parseLocalDate(window.startDate)).start,
        end: zoneDay(eventTimeZone, parseLocalDate(window.endDate)).end,
      };
    case 'calendarDays':
    case 'businessDays': {
      if (window.rolling) return null;
      const today = zoneDayAt(bookerTimeZone, now).dayIndex;
      const last =
        window.type === 'calendarDays' ? today + window.days : addBusinessDays(today, window.days);
      return { start: null, end: zoneDay(bookerTimeZone, last).end };
    }
  }
}

/**
 * The local days (booker's zone) a rolling window examines, in order: today, then the next day
 * (or next business day), ROLLING_WINDOW_MAX_DAYS days in all, plus the day after the last one.
 */
export function rollingWindowDays(
  now: number,
  bookerTimeZone: string,
  businessDaysOnly: boolean,
): number[] {
  const days = [zoneDayAt(bookerTimeZone, now).dayIndex];
  while (days.length <= ROLLING_WINDOW_MAX_DAYS) {
    const last = days[days.length - 1]!;
    days.push(businessDaysOnly ? addBusinessDays(last, 1) : last + 1);
  }
  return days;
}

/**
 * End (exclusive, epoch minutes) of a rolling:true window, as Cal.com computes it: walk the
 * examined days counting those with a bookable slot until `daysNeeded` are found; the window
 * ends with the last one found, or, when none is found, with the day after the last examined.
 */
export function rollingWindowEnd(
  days: readonly number[],
  daysNeeded: number,
  isBookableDay: (dayIndex: number) => boolean,
  bookerTimeZone: string,
): number {
  let found = 0;
  let lastBookable: number | null = null;
  let index = 0;
  for (; found < daysNeeded && index < ROLLING_WINDOW_MAX_DAYS; index += 1) {
    const day = days[index]!;
    if (isBookableDay(day)) {
      found += 1;
      lastBookable = day;
    }
  }
  return zoneDay(bookerTimeZone, lastBookable ?? days[index]!).end;
}
