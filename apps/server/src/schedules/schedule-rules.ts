import {
  weekDay,
  type ScheduleAvailabilityInput,
  type ScheduleOutput,
  type ScheduleOverrideInput,
} from '@kairos/contracts';
import type { AvailabilityOverride, AvailabilityRule } from '@kairos/db';

type DayName = ScheduleOutput['availability'][number]['days'][number];

/** Index = the stored day number (0 = Sunday, as in Cal.com's Availability.days). */
const DAY_NAMES: readonly DayName[] = weekDay.options;

/** The name of every new user's first schedule. */
export const STARTER_SCHEDULE_NAME = 'Working hours';

/** Monday to Friday, 09:00 to 17:00: Cal.com's default availability (a fresh copy each call). */
export const workingHours = (): AvailabilityRule[] => [
  { days: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '17:00' },
];

const dayNumber = (name: DayName): number => DAY_NAMES.indexOf(name);

const dayName = (day: number): DayName => {
  const name = DAY_NAMES[day];
  if (!name) throw new Error(`stored day ${day} is not 0..6`);
  return name;
};

/** API rules (days by name) as stored (day numbers, each once, in the order given). */
export function storedAvailability(rules: ScheduleAvailabilityInput[]): AvailabilityRule[] {
  return rules.map((rule) => ({
    days: [...new Set(rule.days.map(dayNumber))],
    startTime: rule.startTime,
    endTime: rule.endTime,
  }));
}

export function storedOverrides(overrides: ScheduleOverrideInput[]): AvailabilityOverride[] {
  return overrides.map(({ date, startTime, endTime }) => ({ date, startTime, endTime }));
}

/** Stored rules as the API shows them (days by name). */
export function presentedAvailability(
  rules: readonly AvailabilityRule[],
): ScheduleOutput['availability'] {
  return rules.map((rule) => ({
    days: rule.days.map(dayName),
    startTime: rule.startTime,
    endTime: rule.endTime,
  }));
}
