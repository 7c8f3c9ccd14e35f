import { DateTime } from 'luxon';

/** An event type's `recurrence` as stored (Cal.com 2024-06-14 shape). */
export interface Recurrence {
  frequency: 'daily' | 'weekly' | 'monthly' | 'yearly';
  interval: number;
  occurrences: number;
}

const UNIT = { daily: 'days', weekly: 'weeks', monthly: 'months', yearly: 'years' } as const;

/**
 * The starts of `count` occurrences: every `interval` days, weeks, months or years from `start`,
 * keeping the wall-clock time in `timeZone` across DST changes (10:00 stays 10:00). A month
 * without the day (the 31st) takes its last day; a local time that does not exist moves forward
 * by the gap.
 */
export function occurrenceStarts(
  start: Date,
  timeZone: string,
  recurrence: Recurrence,
  count: number,
): Date[] {
  const first = DateTime.fromJSDate(start, { zone: timeZone });
  const unit = UNIT[recurrence.frequency];
  return Array.from({ length: count }, (_, index) =>
    first.plus({ [unit]: index * recurrence.interval }).toJSDate(),
  );
}
