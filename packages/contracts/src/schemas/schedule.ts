import { idParams } from './ids';
import { z } from 'zod';
import { timeZone } from './time-zone';
import { weekDay } from './user';

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes since local midnight of an "HH:MM" time; `23:59` as an end means 24:00 (Cal.com). */
function minutesOf(time: string, isEnd: boolean): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const minute = hours * 60 + minutes;
  return isEnd && minute === 23 * 60 + 59 ? 24 * 60 : minute;
}

/**
 * True for a `YYYY-MM-DD` string naming a real proleptic Gregorian date (`2028-02-29` yes,
 * `2026-02-30` no).
 */
export function isCalendarDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** A local wall-clock time `HH:MM`, 00:00 to 23:59 (Cal.com's regex). */
export const clockTime = z
  .string()
  .regex(CLOCK_TIME, { message: 'Must be a time "HH:MM" from 00:00 to 23:59' });

/** A local calendar date `YYYY-MM-DD` that exists. */
export const localDate = z
  .string()
  .refine(isCalendarDate, { message: 'Must be a real calendar date "YYYY-MM-DD"' });

/**
 * Weekly working hours in the schedule's zone: on each of `days`, from `startTime` to `endTime`
 * (local). `endTime` must be after `startTime`; `23:59` means the end of the day. A range over
 * midnight is written as two rules.
 * @example { days: ['Monday', 'Tuesday'], startTime: '09:00', endTime: '17:00' }
 */
export const scheduleAvailability = z
  .object({
    days: z.array(weekDay).min(1, { message: 'Give at least one day' }),
    startTime: clockTime,
    endTime: clockTime,
  })
  .refine((rule) => minutesOf(rule.startTime, false) < minutesOf(rule.endTime, true), {
    message: 'Must be after startTime',
    path: ['endTime'],
  });

/**
 * Working hours for one local date, replacing the weekly rules of that date. `startTime` equal
 * to `endTime` means unavailable all day; otherwise `endTime` must be after `startTime`.
 * @example { date: '2026-12-24', startTime: '09:00', endTime: '12:00' }
 */
export const scheduleOverride = z
  .object({ date: localDate, startTime: clockTime, endTime: clockTime })
  .refine(
    (o) => o.startTime === o.endTime || minutesOf(o.startTime, false) < minutesOf(o.endTime, true),
    { message: 'Must be after startTime (or equal to it for a day off)', path: ['endTime'] },
  );

/** A schedule as Cal.com's API 2024-06-11 presents it; days by name, times local to `timeZone`. */
export const scheduleOutput = z.object({
  id: z.number().int(),
  ownerId: z.number().int(),
  name: z.string(),
  timeZone: z.string(),
  availability: z.array(
    z.object({ days: z.array(weekDay), startTime: z.string(), endTime: z.string() }),
  ),
  isDefault: z.boolean().describe("True when this is the owner's default schedule"),
  overrides: z.array(z.object({ date: z.string(), startTime: z.string(), endTime: z.string() })),
});

const scheduleName = z.string().trim().min(1).max(200);
const availabilityList = z.array(scheduleAvailability).max(100);
const overrideList = z.array(scheduleOverride).max(1000);

/**
 * `POST /v2/schedules`. Without `availability` the schedule gets Monday–Friday 09:00–17:00;
 * `isDefault: true` makes it the caller's default schedule.
 */
export const createScheduleInput = z.object({
  name: scheduleName,
  timeZone,
  isDefault: z.boolean(),
  availability: availabilityList.optional(),
  overrides: overrideList.optional(),
});

/**
 * `PATCH /v2/schedules/{id}`: every field optional; `availability` and `overrides` replace the
 * whole list. `isDefault: false` cannot be sent for the default schedule (make another one the
 * default instead).
 */
export const updateScheduleInput = z.object({
  name: scheduleName.optional(),
  timeZone: timeZone.optional(),
  isDefault: z.boolean().optional(),
  availability: availabilityList.optional(),
  overrides: overrideList.optional(),
});

/** The `{id}` of a schedule in a path (PostgreSQL `integer`). */
export const scheduleIdParams = idParams;

export type ScheduleOutput = z.infer<typeof scheduleOutput>;
export type CreateScheduleInput = z.infer<typeof createScheduleInput>;
export type UpdateScheduleInput = z.infer<typeof updateScheduleInput>;
export type ScheduleAvailabilityInput = z.infer<typeof scheduleAvailability>;
export type ScheduleOverrideInput = z.infer<typeof scheduleOverride>;
