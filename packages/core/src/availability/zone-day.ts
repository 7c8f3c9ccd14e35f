import { IANAZone } from 'luxon';
import { MINUTES_PER_DAY } from './civil-date';

/**
 * One local calendar day of an IANA zone, resolved to instants once so that everything after it
 * is integer arithmetic. All instants are epoch minutes (UTC minutes since 1970-01-01).
 *
 * Wall-clock rules: a local time that does not exist (spring-forward gap) resolves to the instant
 * the gap ends; an ambiguous one (fall-back) resolves to its first occurrence.
 */
export type ZoneDay = {
  /** The local date, as days since 1970-01-01 (a label, not an instant). */
  dayIndex: number;
  /** Instant of local 00:00 (or of the end of a gap that swallows midnight). */
  start: number;
  /** Instant of the next day's local 00:00; the day is [start, end). */
  end: number;
  /** UTC offset in minutes before `transition` (local = instant + offset). */
  offsetBefore: number;
  /** UTC offset in minutes from `transition` on; equal to offsetBefore on most days. */
  offsetAfter: number;
  /** Instant at which the offset changes near this day, or null when it does not. */
  transition: number | null;
};

const MINUTE_MS = 60_000;
/** Local midnight lies within [L - 14h, L + 12h] for every real zone; these margins cover it. */
const LEAD_MINUTES = 15 * 60;
const TRAIL_MINUTES = 13 * 60;
/** Bound per zone on the memo below, so a long-lived server cannot grow it without limit. */
const MAX_DAYS_PER_ZONE = 20_000;

const zones = new Map<string, IANAZone>();
const daysByZone = new Map<string, Map<number, ZoneDay>>();

function ianaZone(timeZone: string): IANAZone {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = IANAZone.create(timeZone);
    if (!zone.isValid) throw new RangeError(`Unknown IANA time zone: "${timeZone}"`);
    zones.set(timeZone, zone);
  }
  return zone;
}

function offsetOf(zone: IANAZone, instant: number): number {
  return zone.offset(instant * MINUTE_MS);
}

/** First instant in (low, high] whose offset differs from the offset at `low` (one change assumed). */
function findTransition(zone: IANAZone, low: number, high: number): number {
  const before = offsetOf(zone, low);
  let lo = low;
  let hi = high;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetOf(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Instant of a local wall-clock minute on a day: first occurrence when ambiguous, end of the gap
 * when it does not exist. `minuteOfDay` may be 0..1440 (1440 = next midnight).
 */
export function localToInstant(day: ZoneDay, minuteOfDay: number): number {
  const local = day.dayIndex * MINUTES_PER_DAY + minuteOfDay;
  const transition = day.transition;
  if (transition === null) return local - day.offsetBefore;
  const early = local - day.offsetBefore;
  if (early < transition) return early;
  const late = local - day.offsetAfter;
  return late >= transition ? late : transition;
}

function computeZoneDay(zone: IANAZone, dayIndex: number): ZoneDay {
  const localStart = dayIndex * MINUTES_PER_DAY;
  const low = localStart - LEAD_MINUTES;
  const high = localStart + MINUTES_PER_DAY + TRAIL_MINUTES;
  const offsetBefore = offsetOf(zone, low);
  const offsetAfter = offsetOf(zone, high);
  const transition = offsetBefore === offsetAfter ? null : findTransition(zone, low, high);
  const day: ZoneDay = { dayIndex, start: 0, end: 0, offsetBefore, offsetAfter, transition };
  day.start = localToInstant(day, 0);
  day.end = localToInstant(day, MINUTES_PER_DAY);
  return day;
}

/**
 * The local day `dayIndex` of `timeZone`, memoised: the zone is consulted once per zone and date,
 * never per slot.
 * @throws RangeError for an unknown zone (zones are validated at the edge).
 */
export function zoneDay(timeZone: string, dayIndex: number): ZoneDay {
  let days = daysByZone.get(timeZone);
  if (!days) {
    days = new Map();
    daysByZone.set(timeZone, days);
  }
  let day = days.get(dayIndex);
  if (!day) {
    if (days.size >= MAX_DAYS_PER_ZONE) days.clear();
    day = computeZoneDay(ianaZone(timeZone), dayIndex);
    days.set(dayIndex, day);
  }
  return day;
}

/** The local day of `timeZone` that contains `instant` (epoch minutes). */
export function zoneDayAt(timeZone: string, instant: number): ZoneDay {
  let dayIndex = Math.floor(instant / MINUTES_PER_DAY);
  let day = zoneDay(timeZone, dayIndex);
  // Offsets are within +-14h, so the local date is the UTC date or one of its neighbours.
  while (instant < day.start) day = zoneDay(timeZone, --dayIndex);
  while (instant >= day.end) day = zoneDay(timeZone, ++dayIndex);
  return day;
}

/** UTC offset in minutes of a day at an instant that lies within it. */
export function offsetWithin(day: ZoneDay, instant: number): number {
  return day.transition !== null && instant >= day.transition ? day.offsetAfter : day.offsetBefore;
}

/** UTC offset in minutes of `timeZone` at `instant` (local = instant + offset). */
export function offsetAt(timeZone: string, instant: number): number {
  return offsetWithin(zoneDayAt(timeZone, instant), instant);
}

/** Throws a RangeError unless `timeZone` is a known IANA zone name. */
export function assertTimeZone(timeZone: string): void {
  ianaZone(timeZone);
}
