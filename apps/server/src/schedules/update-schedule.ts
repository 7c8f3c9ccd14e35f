import { AppError, notFound, type UpdateScheduleInput } from '@kairos/contracts';
import {
  findScheduleOfUser,
  lockDefaultScheduleId,
  updateScheduleOfUser,
  updateUser,
  type Db,
  type ScheduleChanges,
} from '@kairos/db';
import type { ScheduleWithDefault } from './present-schedule';
import { storedAvailability, storedOverrides } from './schedule-rules';

function changesFrom(input: UpdateScheduleInput): ScheduleChanges {
  return {
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.timeZone === undefined ? {} : { timeZone: input.timeZone }),
    ...(input.availability === undefined
      ? {}
      : { availability: storedAvailability(input.availability) }),
    ...(input.overrides === undefined ? {} : { overrides: storedOverrides(input.overrides) }),
  };
}

/**
 * Changes one of the user's schedules; lists given replace the stored ones whole.
 * `isDefault: true` makes it the default; `false` on the default is refused, since the user would
 * be left without one (make another schedule the default instead).
 */
export async function updateSchedule(
  db: Db,
  userId: number,
  id: number,
  input: UpdateScheduleInput,
): Promise<ScheduleWithDefault> {
  return db.transaction(async (tx) => {
    const currentDefault = await lockDefaultScheduleId(tx, userId);
    const existing = await findScheduleOfUser(tx, userId, id);
    if (!existing) throw notFound('Schedule');
    if (input.isDefault === false && currentDefault === id) {
      throw new AppError(
        'CONFLICT',
        'This is the default schedule: make another schedule the default instead',
      );
    }
    const changes = changesFrom(input);
    const schedule =
      Object.keys(changes).length === 0
        ? existing
        : await updateScheduleOfUser(tx, userId, id, changes);
    if (!schedule) throw notFound('Schedule');
    if (!input.isDefault || currentDefault === id) {
      return { schedule, defaultScheduleId: currentDefault };
    }
    await updateUser(tx, userId, { defaultScheduleId: id });
    return { schedule, defaultScheduleId: id };
  });
}
