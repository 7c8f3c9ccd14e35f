import type { ScheduleAvailabilityInput, ScheduleOutput } from '@kairos/contracts';
import { t } from '../strings';

export type WeekDay = ScheduleAvailabilityInput['days'][number];
export const weekDays: WeekDay[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

export interface Range {
  startTime: string;
  endTime: string;
}

/** Hours per weekday, the shape the weekly editor edits. */
export type WeekHours = Record<WeekDay, Range[]>;

export function weekHoursFrom(rules: ScheduleOutput['availability']): WeekHours {
  const hours = Object.fromEntries(weekDays.map((day) => [day, [] as Range[]])) as WeekHours;
  for (const rule of rules) {
    for (const day of rule.days) {
      hours[day].push({ startTime: rule.startTime, endTime: rule.endTime });
    }
  }
  for (const day of weekDays) hours[day].sort((a, b) => a.startTime.localeCompare(b.startTime));
  return hours;
}

/** Back to the API's rules: one rule per distinct range, with every day that has it. */
export function rulesFrom(hours: WeekHours): ScheduleAvailabilityInput[] {
  const byRange = new Map<string, ScheduleAvailabilityInput>();
  for (const day of weekDays) {
    for (const range of hours[day]) {
      const key = `${range.startTime}-${range.endTime}`;
      const rule = byRange.get(key) ?? { days: [], ...range };
      rule.days.push(day);
      byRange.set(key, rule);
    }
  }
  return [...byRange.values()];
}

/** "Mon–Fri 09:00–17:00"-like one-liner of a schedule's rules. */
export function summarize(rules: ScheduleOutput['availability']): string {
  if (rules.length === 0) return t.availability.noHours;
  return rules
    .map(
      (rule) =>
        `${rule.days.map((day) => t.availability.dayShort[day]).join(', ')} ${rule.startTime}–${rule.endTime}`,
    )
    .join('; ');
}
