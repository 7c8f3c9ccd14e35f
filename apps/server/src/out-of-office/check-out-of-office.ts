import { AppError, validationError } from '@kairos/contracts';
import { findOutOfOfficeTwin, findUserById, hasOverlappingRedirect, type Db } from '@kairos/db';

/** An entry about to be written; `exceptId` is the entry itself when it is being updated. */
export interface OutOfOfficeDraft {
  userId: number;
  startAt: Date;
  endAt: Date;
  toUserId: number | null;
  exceptId?: number | undefined;
}

async function redirectProblem(db: Db, draft: OutOfOfficeDraft): Promise<string | null> {
  const { userId, toUserId, startAt, endAt } = draft;
  if (toUserId === null) return null;
  if (toUserId === userId) return 'Cannot redirect bookings to yourself';
  if (!(await findUserById(db, toUserId))) return 'No such user';
  // Cal.com refuses redirect loops: A -> B while B -> A over an overlapping period.
  const loops = await hasOverlappingRedirect(db, {
    fromUserId: toUserId,
    toUserId: userId,
    startAt,
    endAt,
  });
  return loops ? 'That user redirects their bookings to you during this period' : null;
}

/**
 * The rules an entry must meet beyond its schema (Cal.com's): a redirect goes to another existing
 * user and never back to the caller over the same period (422); no two entries of a user have the
 * same start and end (409). Overlapping entries are allowed.
 */
export async function checkOutOfOffice(db: Db, draft: OutOfOfficeDraft): Promise<void> {
  const problem = await redirectProblem(db, draft);
  if (problem) throw validationError([{ field: 'toUserId', message: problem }]);
  if (await findOutOfOfficeTwin(db, draft)) {
    throw new AppError('CONFLICT', 'An out-of-office entry with the same start and end exists');
  }
}
