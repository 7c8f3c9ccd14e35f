import { AppError, notFound } from '@kairos/contracts';
import {
  countOtherSchedules,
  deleteScheduleOfUser,
  lockDefaultScheduleId,
  type Db,
} from '@kairos/db';

/**
 * Deletes one of the user's schedules. The default schedule goes only when it is the user's last
 * one (the user is then left with no schedule and no default); otherwise another schedule must be
 * made the default first, so that bookable event types never silently lose their hours.
 */
export async function deleteSchedule(db: Db, userId: number, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const currentDefault = await lockDefaultScheduleId(tx, userId);
    if (currentDefault === id && (await countOtherSchedules(tx, userId, id)) > 0) {
      throw new AppError(
        'CONFLICT',
        'This is the default schedule: make another schedule the default first',
      );
    }
    // users.default_schedule_id is ON DELETE SET NULL: deleting the last schedule clears it.
    if (!(await deleteScheduleOfUser(tx, userId, id))) throw notFound('Schedule');
  });
}
