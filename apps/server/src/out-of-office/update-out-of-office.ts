import { notFound, validationError, type UpdateOutOfOfficeInput } from '@kairos/contracts';
import {
  findOutOfOfficeOfUser,
  lockOutOfOfficeOf,
  updateOutOfOfficeOfUser,
  type Db,
  type OutOfOfficeChanges,
  type OutOfOfficeRow,
} from '@kairos/db';
import { checkOutOfOffice } from './check-out-of-office';

function changesFrom(input: UpdateOutOfOfficeInput): OutOfOfficeChanges {
  return {
    ...(input.start === undefined ? {} : { startAt: new Date(input.start) }),
    ...(input.end === undefined ? {} : { endAt: new Date(input.end) }),
    ...(input.reason === undefined ? {} : { reason: input.reason }),
    ...(input.notes === undefined ? {} : { notes: input.notes }),
    ...(input.toUserId === undefined ? {} : { toUserId: input.toUserId }),
  };
}

/** Changes one of the user's entries; the result must meet the same rules as a new entry. */
export async function updateOutOfOffice(
  db: Db,
  userId: number,
  id: number,
  input: UpdateOutOfOfficeInput,
): Promise<OutOfOfficeRow> {
  const changes = changesFrom(input);
  const toUserIds = changes.toUserId ? [userId, changes.toUserId] : [userId];
  return db.transaction(async (tx) => {
    // The entry's current redirect is not known yet: its user's lock covers loops through it,
    // since a loop needs a write by one of the two users.
    await lockOutOfOfficeOf(tx, toUserIds);
    return updateLocked(tx, userId, id, changes);
  });
}

async function updateLocked(
  db: Db,
  userId: number,
  id: number,
  changes: OutOfOfficeChanges,
): Promise<OutOfOfficeRow> {
  const existing = await findOutOfOfficeOfUser(db, userId, id);
  if (!existing) throw notFound('Out-of-office entry');
  const startAt = changes.startAt ?? existing.startAt;
  const endAt = changes.endAt ?? existing.endAt;
  if (endAt <= startAt) {
    throw validationError([
      changes.endAt
        ? { field: 'end', message: 'Must be after start' }
        : { field: 'start', message: 'Must be before end' },
    ]);
  }
  const toUserId = changes.toUserId === undefined ? existing.toUserId : changes.toUserId;
  await checkOutOfOffice(db, { userId, startAt, endAt, toUserId, exceptId: id });
  const updated = await updateOutOfOfficeOfUser(db, userId, id, changes);
  if (!updated) throw notFound('Out-of-office entry');
  return updated;
}
