import { civilFromDayIndex, dayIndexFromCivil, modulo, weekdayOf } from './civil-date';
import type { Interval } from './interval-algebra';
import type { LimitPeriod } from './reasons';
import type { EventRules, ExistingBooking, PeriodLimits } from './slot-query';
import { zoneDay, zoneDayAt } from './zone-day';

/** A calendar period (event owner's zone) that a host may not be booked in any more. */
export type LimitBlock = Interval & {
  period: LimitPeriod;
  kind: 'count' | 'duration';
  limit: number;
  /** Bookings (count) or booked minutes (duration) already in the period. */
  used: number;
};

type Usage = { count: number; minutes: number };

const PERIODS: readonly LimitPeriod[] = ['year', 'month', 'week', 'day'];

/** First local date of the period containing `dayIndex`. */
function periodStartDay(dayIndex: number, period: LimitPeriod, weekStartDay: number): number {
  switch (period) {
    case 'day':
      return dayIndex;
    case 'week':
      return dayIndex - modulo(weekdayOf(dayIndex) - weekStartDay, 7);
    case 'month': {
      const { year, month } = civilFromDayIndex(dayIndex);
      return dayIndexFromCivil(year, month, 1);
    }
    case 'year':
      return dayIndexFromCivil(civilFromDayIndex(dayIndex).year, 1, 1);
  }
}

/** First local date of the period after the one starting on `startDay`. */
function nextPeriodStartDay(startDay: number, period: LimitPeriod): number {
  switch (period) {
    case 'day':
      return startDay + 1;
    case 'week':
      return startDay + 7;
    case 'month': {
      const { year, month } = civilFromDayIndex(startDay);
      return month === 12
        ? dayIndexFromCivil(year + 1, 1, 1)
        : dayIndexFromCivil(year, month + 1, 1);
    }
    case 'year':
      return dayIndexFromCivil(civilFromDayIndex(startDay).year + 1, 1, 1);
  }
}

function usageByPeriod(
  bookings: readonly ExistingBooking[],
  period: LimitPeriod,
  event: EventRules,
): Map<number, Usage> {
  const usage = new Map<number, Usage>();
  for (const booking of bookings) {
    // A booking belongs to the period its start falls in, whatever its end (as in Cal.com).
    const day = zoneDayAt(event.timeZone, booking.start).dayIndex;
    const key = periodStartDay(day, period, event.weekStartDay);
    const entry = usage.get(key) ?? { count: 0, minutes: 0 };
    entry.count += 1;
    entry.minutes += booking.end - booking.start;
    usage.set(key, entry);
  }
  return usage;
}

function blocksFor(
  usage: Usage,
  countLimit: number | undefined,
  durationLimit: number | undefined,
  durationMinutes: number,
) {
  const found: Array<Pick<LimitBlock, 'kind' | 'limit' | 'used'>> = [];
  if (countLimit !== undefined && usage.count >= countLimit) {
    found.push({ kind: 'count', limit: countLimit, used: usage.count });
  }
  // The candidate's own length counts: 60 minutes do not fit when 30 of a 60-minute limit remain.
  if (durationLimit !== undefined && usage.minutes + durationMinutes > durationLimit) {
    found.push({ kind: 'duration', limit: durationLimit, used: usage.minutes });
  }
  return found;
}

/**
 * Periods in which one host has reached a booking limit of the event type, for periods that
 * overlap `span`. `bookings` are that host's active bookings of this event type. A period is
 * blocked when its booking count reached the count limit, or when its booked minutes plus
 * `durationMinutes` exceed the duration limit. Periods are local days, weeks (from
 * event.weekStartDay), months and years of event.timeZone.
 */
export function limitBlocks(
  bookings: readonly ExistingBooking[],
  event: EventRules,
  durationMinutes: number,
  span: Interval,
): LimitBlock[] {
  const counts: PeriodLimits = event.bookingLimitsCount ?? {};
  const durations: PeriodLimits = event.bookingLimitsDuration ?? {};
  const blocks: LimitBlock[] = [];
  if (span.end <= span.start) return blocks;
  const firstDay = zoneDayAt(event.timeZone, span.start).dayIndex;
  const lastDay = zoneDayAt(event.timeZone, span.end - 1).dayIndex;
  for (const period of PERIODS) {
    if (counts[period] === undefined && durations[period] === undefined) continue;
    const usage = usageByPeriod(bookings, period, event);
    let startDay = periodStartDay(firstDay, period, event.weekStartDay);
    for (; startDay <= lastDay; startDay = nextPeriodStartDay(startDay, period)) {
      const used = usage.get(startDay) ?? { count: 0, minutes: 0 };
      const endDay = nextPeriodStartDay(startDay, period);
      const interval = {
        start: zoneDay(event.timeZone, startDay).start,
        end: zoneDay(event.timeZone, endDay).start,
      };
      for (const found of blocksFor(used, counts[period], durations[period], durationMinutes)) {
        blocks.push({ ...interval, period, ...found });
      }
    }
  }
  return blocks;
}
