/**
 * Wall-clock times in a named zone, for the few places the dashboard turns a local date into an
 * instant (out-of-office days) or shows an instant in the account's zone; the zone arithmetic is
 * the Booker's (time/zoned.ts).
 */

import { addDays, localDate, offsetMinutes } from '../../time/zoned';

/** The instant of `HH:MM` on a `YYYY-MM-DD` date in the zone (the first, if it occurs twice). */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - offsetMinutes(wall, zone) * 60_000;
  const second = wall - offsetMinutes(first, zone) * 60_000;
  return new Date(Math.min(first, second));
}

/** `YYYY-MM-DD` of an instant in the zone. */
export const zonedDate = (instant: Date, zone: string): string =>
  localDate(instant.getTime(), zone);

/** The next calendar date: "2026-02-28" -> "2026-03-01". */
export const nextDate = (date: string): string => addDays(date, 1);

/** An instant for people: date and time in the zone, 12- or 24-hour. */
export function formatInstant(iso: string, zone: string, hour12: boolean): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12,
  }).format(new Date(iso));
}

/** A time of day for people, in the zone. */
export function formatTime(iso: string, zone: string, hour12: boolean): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: 'numeric',
    minute: '2-digit',
    hour12,
  }).format(new Date(iso));
}
