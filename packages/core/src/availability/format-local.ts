import { formatClockTime, formatLocalDate, MINUTES_PER_DAY } from './civil-date';
import type { Slot } from './slot-query';
import { offsetWithin, zoneDayAt } from './zone-day';

/** An instant as read on a wall clock of some zone. */
export type LocalTime = {
  /** 'YYYY-MM-DD' */
  localDate: string;
  /** 'HH:MM:SS' */
  localTime: string;
  /** UTC offset in minutes at that instant (local = UTC + offset). */
  offsetMinutes: number;
  /** ISO 8601 with the offset, e.g. '2026-03-09T09:00:00.000-04:00' ('+00:00' for UTC). */
  iso: string;
};

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * Local date, time and ISO text of an instant (epoch minutes) in an IANA zone.
 * @example formatLocal(29551020, 'America/New_York').iso === '2026-03-09T09:00:00.000-04:00'
 */
export function formatLocal(minute: number, timeZone: string): LocalTime {
  const day = zoneDayAt(timeZone, minute);
  const offsetMinutes = offsetWithin(day, minute);
  const local = minute + offsetMinutes;
  const localDate = formatLocalDate(Math.floor(local / MINUTES_PER_DAY));
  const localTime = formatClockTime(local - Math.floor(local / MINUTES_PER_DAY) * MINUTES_PER_DAY);
  return {
    localDate,
    localTime,
    offsetMinutes,
    iso: `${localDate}T${localTime}.000${formatOffset(offsetMinutes)}`,
  };
}

/** ISO 8601 UTC text of an instant (epoch minutes), e.g. '2026-03-09T13:00:00.000Z'. */
export function formatUtcIso(minute: number): string {
  const localDate = formatLocalDate(Math.floor(minute / MINUTES_PER_DAY));
  const localTime = formatClockTime(
    minute - Math.floor(minute / MINUTES_PER_DAY) * MINUTES_PER_DAY,
  );
  return `${localDate}T${localTime}.000Z`;
}

/**
 * Slots grouped by the local date of their start in `timeZone` ('YYYY-MM-DD' keys, in date
 * order, each list in input order), as Cal.com's slot responses are shaped. Dates without slots
 * are absent. Expects slots sorted by start; the zone is consulted once per local day.
 */
export function groupSlotsByLocalDate<T extends Pick<Slot, 'start'>>(
  slots: readonly T[],
  timeZone: string,
): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  let dayEnd = Number.NEGATIVE_INFINITY;
  let dayStart = Number.POSITIVE_INFINITY;
  let current: T[] = [];
  for (const slot of slots) {
    if (slot.start >= dayEnd || slot.start < dayStart) {
      const day = zoneDayAt(timeZone, slot.start);
      dayStart = day.start;
      dayEnd = day.end;
      const key = formatLocalDate(day.dayIndex);
      current = groups[key] ?? [];
      groups[key] = current;
    }
    current.push(slot);
  }
  return groups;
}
