import type { ScheduleOutput } from '@kairos/contracts';
import type { ScheduleRow } from '@kairos/db';
import { presentedAvailability } from './schedule-rules';

/** A schedule and its owner's default schedule id as they stood after a use case. */
export interface ScheduleWithDefault {
  schedule: ScheduleRow;
  defaultScheduleId: number | null;
}

/** A schedule in Cal.com's 2024-06-11 shape; `defaultScheduleId` is its owner's current one. */
export function presentSchedule(
  schedule: ScheduleRow,
  defaultScheduleId: number | null,
): ScheduleOutput {
  return {
    id: schedule.id,
    ownerId: schedule.userId,
    name: schedule.name,
    timeZone: schedule.timeZone,
    availability: presentedAvailability(schedule.availability),
    isDefault: schedule.id === defaultScheduleId,
    overrides: schedule.overrides.map(({ date, startTime, endTime }) => ({
      date,
      startTime,
      endTime,
    })),
  };
}
