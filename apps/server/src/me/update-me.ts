import { validationError, type UpdateMeInput } from '@kairos/contracts';
import { findScheduleOfUser, updateUser, type Db, type UserRow } from '@kairos/db';
import { asTakenField } from '../users/create-user';

/**
 * The caller's profile changes: a new default schedule must be one of theirs (422 otherwise), a
 * taken email or username is 409 on that field, whatever its case; nothing changes on error.
 */
export async function updateMe(db: Db, user: UserRow, changes: UpdateMeInput): Promise<UserRow> {
  const scheduleId = changes.defaultScheduleId;
  if (scheduleId !== undefined && !(await findScheduleOfUser(db, user.id, scheduleId))) {
    throw validationError([{ field: 'defaultScheduleId', message: 'Not one of your schedules' }]);
  }
  try {
    return await updateUser(db, user.id, changes);
  } catch (error) {
    throw asTakenField(error);
  }
}
