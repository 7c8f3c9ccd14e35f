import { MINUTES_PER_DAY, parseClockTime, parseLocalDate, weekdayOf } from './civil-date';
import type { Interval } from './interval-algebra';
import { mergeIntervals } from './interval-algebra';
import { localToInstant, zoneDay, zoneDayAt } from './zone-day';

/** A recurring weekly working range, in the schedule's wall-clock time. */
export type WeeklyRule = {
  /** Weekdays it applies to, 0 = Sunday .. 6 = Saturday. */
  days: number[];
  /** 'HH:MM' local start. */
  startTime: string;
  /** 'HH:MM' local end; '23:59' (Cal.com's way of saying it) and '24:00' mean the next midnight. */
  endTime: string;
};

/** Working hours for one local date that replace the weekly rules of that date. */
export type DateOverride = {
  /** 'YYYY-MM-DD' in the schedule's zone. */
  date: string;
  /** 'HH:MM' local start. */
  startTime: string;
  /** 'HH:MM' local end; equal to startTime means "unavailable all day". */
  endTime: string;
};

/** A host's availability rules: wall-clock ranges interpreted in `timeZone`. */
export type ScheduleRules = { timeZone: string; rules: WeeklyRule[]; overrides: DateOverride[] };

/** Local minute-of-day ranges [start, end), sorted and merged. */
type LocalRanges = Array<[number, number]>;

/** A schedule parsed once: ranges per weekday and per overridden date, in local minutes. */
export type CompiledSchedule = {
  timeZone: string;
  byWeekday: LocalRanges[];
  byDate: Map<number, LocalRanges>;
};

function endMinute(text: string): number {
  const minute = parseClockTime(text);
  // Cal.com stores "end of day" as 23:59; treating it as 24:00 keeps the last slot of the day.
  return minute === MINUTES_PER_DAY - 1 ? MINUTES_PER_DAY : minute;
}

function normalise(ranges: LocalRanges): LocalRanges {
  const kept = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: LocalRanges = [];
  for (const [start, end] of kept) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Parses a schedule's text times once. Rules whose end is not after their start cover nothing
 * (overnight ranges are written as two rules, as in Cal.com).
 * @throws RangeError on malformed times or dates.
 */
export function compileSchedule(schedule: ScheduleRules): CompiledSchedule {
  const byWeekday: LocalRanges[] = [[], [], [], [], [], [], []];
  for (const rule of schedule.rules) {
    const range: [number, number] = [parseClockTime(rule.startTime), endMinute(rule.endTime)];
    for (const day of rule.days) byWeekday[day]?.push([range[0], range[1]]);
  }
  const byDate = new Map<number, LocalRanges>();
  for (const override of schedule.overrides) {
    const dayIndex = parseLocalDate(override.date);
    const ranges = byDate.get(dayIndex) ?? [];
    ranges.push([parseClockTime(override.startTime), endMinute(override.endTime)]);
    byDate.set(dayIndex, ranges);
  }
  for (const [dayIndex, ranges] of byDate) byDate.set(dayIndex, normalise(ranges));
  return { timeZone: schedule.timeZone, byWeekday: byWeekday.map(normalise), byDate };
}

/** The local ranges in force on a date: its overrides if it has any, else its weekday's rules. */
function rangesOn(compiled: CompiledSchedule, dayIndex: number): LocalRanges {
  return compiled.byDate.get(dayIndex) ?? compiled.byWeekday[weekdayOf(dayIndex)] ?? [];
}

/**
 * Instants at which a compiled schedule is available within [from, to), normalised.
 * The zone is resolved once per local day; everything else is integer arithmetic.
 */
export function compiledScheduleIntervals(
  compiled: CompiledSchedule,
  from: number,
  to: number,
): Interval[] {
  if (to <= from) return [];
  const result: Interval[] = [];
  const lastDay = zoneDayAt(compiled.timeZone, to - 1).dayIndex;
  for (
    let dayIndex = zoneDayAt(compiled.timeZone, from).dayIndex;
    dayIndex <= lastDay;
    dayIndex += 1
  ) {
    const ranges = rangesOn(compiled, dayIndex);
    if (ranges.length === 0) continue;
    const day = zoneDay(compiled.timeZone, dayIndex);
    for (const [startMinute, endMinuteOfDay] of ranges) {
      const start = Math.max(localToInstant(day, startMinute), from);
      const end = Math.min(localToInstant(day, endMinuteOfDay), to);
      if (end > start) result.push({ start, end });
    }
  }
  return mergeIntervals(result);
}

/**
 * Instants (epoch minutes) at which `schedule` is available within [from, to), sorted, with
 * touching and overlapping ranges merged.
 *
 * Weekly rules apply per local date in `schedule.timeZone`; a date with overrides uses only them
 * (start == end marks the whole date unavailable). Wall-clock times hold across DST changes: a
 * time inside a spring-forward gap is skipped (01:00-03:00 on such a day covers the one real
 * hour), an ambiguous fall-back time means its first occurrence.
 *
 * @example scheduleToIntervals({ timeZone: 'UTC', rules: [{ days: [4], startTime: '09:00',
 *   endTime: '10:00' }], overrides: [] }, 0, 1440) // [{ start: 540, end: 600 }] (1970-01-01)
 */
export function scheduleToIntervals(schedule: ScheduleRules, from: number, to: number): Interval[] {
  return compiledScheduleIntervals(compileSchedule(schedule), from, to);
}

/**
 * 'YYYY-MM-DD' dates (schedule zone) touched by [start, end) that carry overrides; used to tell
 * "excluded by a date override" apart from "outside the weekly hours".
 */
export function overriddenDatesTouching(
  compiled: CompiledSchedule,
  start: number,
  end: number,
): number[] {
  const dates: number[] = [];
  const lastDay = zoneDayAt(compiled.timeZone, Math.max(start, end - 1)).dayIndex;
  for (
    let dayIndex = zoneDayAt(compiled.timeZone, start).dayIndex;
    dayIndex <= lastDay;
    dayIndex += 1
  ) {
    if (compiled.byDate.has(dayIndex)) dates.push(dayIndex);
  }
  return dates;
}
