import type { CreateOutOfOfficeInput } from '@kairos/contracts';
import { insertOutOfOffice, type Db, type OutOfOfficeRow } from '@kairos/db';
import { checkOutOfOffice } from './check-out-of-office';

/** Records that the user is away from `start` to `end`. */
export async function createOutOfOffice(
  db: Db,
  userId: number,
  input: CreateOutOfOfficeInput,
): Promise<OutOfOfficeRow> {
  const draft = {
    userId,
    startAt: new Date(input.start),
    endAt: new Date(input.end),
    toUserId: input.toUserId ?? null,
  };
  await checkOutOfOffice(db, draft);
  return insertOutOfOffice(db, { ...draft, reason: input.reason, notes: input.notes ?? null });
}
