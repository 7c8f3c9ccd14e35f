import type { CreateScheduleInput } from '@kairos/contracts';
import { insertSchedule, lockDefaultScheduleId, updateUser, type Db } from '@kairos/db';
import type { ScheduleWithDefault } from './present-schedule';
import { storedAvailability, storedOverrides, workingHours } from './schedule-rules';

/**
 * Creates a schedule of the user. It becomes the default when asked to, and also when the user
 * has no default (a user with schedules always has one, as in Cal.com's app).
 */
export async function createSchedule(
  db: Db,
  userId: number,
  input: CreateScheduleInput,
): Promise<ScheduleWithDefault> {
  return db.transaction(async (tx) => {
    const currentDefault = await lockDefaultScheduleId(tx, userId);
    const schedule = await insertSchedule(tx, {
      userId,
      name: input.name,
      timeZone: input.timeZone,
      availability: input.availability ? storedAvailability(input.availability) : workingHours(),
      overrides: storedOverrides(input.overrides ?? []),
    });
    if (!input.isDefault && currentDefault !== null) {
      return { schedule, defaultScheduleId: currentDefault };
    }
    await updateUser(tx, userId, { defaultScheduleId: schedule.id });
    return { schedule, defaultScheduleId: schedule.id };
  });
}
