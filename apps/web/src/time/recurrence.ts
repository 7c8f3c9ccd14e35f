import { addDays, daysInMonth, localDate, minuteOfDay, zonedToUtc } from './zoned';

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'yearly';

const pad = (n: number) => String(n).padStart(2, '0');

function shiftMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const month = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  return `${month}-${pad(Math.min(d, daysInMonth(month)))}`;
}

/**
 * The starts of a recurring series as the server books it: every `interval` days, weeks, months
 * or years from the first start, at the same wall-clock time in the attendee's zone (so the UTC
 * time moves across DST changes); a month without the start's day takes its last day.
 */
export function seriesStarts(
  firstStart: string,
  timeZone: string,
  frequency: Frequency,
  interval: number,
  count: number,
): number[] {
  const ms = Date.parse(firstStart);
  const date = localDate(ms, timeZone);
  const minute = minuteOfDay(ms, timeZone);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    const step = i * interval;
    const day =
      frequency === 'daily'
        ? addDays(date, step)
        : frequency === 'weekly'
          ? addDays(date, 7 * step)
          : shiftMonths(date, frequency === 'monthly' ? step : 12 * step);
    starts.push(zonedToUtc(day, minute, timeZone));
  }
  return starts;
}
