import { AppError, validationError } from '@kairos/contracts';
import { isUniqueViolation, userOwnsSchedule, type Db } from '@kairos/db';

/** An event type may only use one of its owner's schedules (null = the owner's default). */
export async function assertOwnSchedule(
  db: Db,
  ownerId: number,
  scheduleId: number | null | undefined,
): Promise<void> {
  if (scheduleId === null || scheduleId === undefined) return;
  if (!(await userOwnsSchedule(db, ownerId, scheduleId))) {
    throw validationError([{ field: 'scheduleId', message: 'No schedule of yours has this id' }]);
  }
}

/** Runs a write; the unique index on (owner, slug) turns into CONFLICT on `slug`. */
export async function withUniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('CONFLICT', 'You already have an event type with this slug', [
      { field: 'slug', message: 'Already taken' },
    ]);
  }
}
