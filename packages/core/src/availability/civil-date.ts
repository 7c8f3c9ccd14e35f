/**
 * Proleptic Gregorian calendar arithmetic on plain integers, so that local dates never go through
 * `Date` (whose behaviour depends on the process time zone).
 *
 * A "day index" is the number of days since 1970-01-01 for a local calendar date; it is a label
 * for the date, not an instant.
 */

/** Minutes in a calendar day of wall-clock time (not of elapsed time: DST days differ). */
export const MINUTES_PER_DAY = 1440;

/** Calendar date parts; `month` is 1-12. */
export type CivilDate = { year: number; month: number; day: number };

/** Non-negative remainder, for the floor divisions that dates before 1970 need. */
export function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

/**
 * Day index of a calendar date. Algorithm "days_from_civil" (H. Hinnant), exact for any year.
 * @example dayIndexFromCivil(1970, 1, 1) === 0
 */
export function dayIndexFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Calendar date of a day index (inverse of {@link dayIndexFromCivil}). */
export function civilFromDayIndex(dayIndex: number): CivilDate {
  const z = dayIndex + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a day index, 0 = Sunday .. 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayIndex: number): number {
  return modulo(dayIndex + 4, 7);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day index of a 'YYYY-MM-DD' local date.
 * @throws RangeError when the text is not a real calendar date: the edge validates input first.
 */
export function parseLocalDate(text: string): number {
  const match = LOCAL_DATE.exec(text);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const dayIndex = dayIndexFromCivil(year, month, day);
  const back = civilFromDayIndex(dayIndex);
  if (!match || back.month !== month || back.day !== day) {
    throw new RangeError(`Not a YYYY-MM-DD date: "${text}"`);
  }
  return dayIndex;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** 'YYYY-MM-DD' text of a day index. */
export function formatLocalDate(dayIndex: number): string {
  const { year, month, day } = civilFromDayIndex(dayIndex);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 'HH:MM:SS' text of a minute of the day (0..1439). */
export function formatClockTime(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}:00`;
}

const CLOCK_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Minute of the day of an 'HH:MM' (or 'HH:MM:SS', seconds ignored) wall-clock time, 0..1440.
 * '24:00' is accepted as the end of the day.
 * @throws RangeError on malformed text.
 */
export function parseClockTime(text: string): number {
  const match = CLOCK_TIME.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const minuteOfDay = hours * 60 + minutes;
  if (!match || minutes > 59 || minuteOfDay > MINUTES_PER_DAY) {
    throw new RangeError(`Not an HH:MM time: "${text}"`);
  }
  return minuteOfDay;
}

/**
 * Day index reached by adding `count` business days (Monday-Friday) to `dayIndex`, the way
 * Cal.com's `businessDaysAdd` does: step one day at a time, counting only weekdays.
 */
export function addBusinessDays(dayIndex: number, count: number): number {
  let current = dayIndex;
  let remaining = count;
  while (remaining > 0) {
    current += 1;
    const weekday = weekdayOf(current);
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return current;
}
