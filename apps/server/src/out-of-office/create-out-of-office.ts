import type { CreateOutOfOfficeInput } from '@kairos/contracts';
import { outOfOfficeWebhookPayload } from '@kairos/core';
import {
  findUserById,
  insertOutboxEvent,
  insertOutOfOffice,
  lockOutOfOfficeOf,
  type Database,
  type OutOfOfficeRow,
  type UserRow,
} from '@kairos/db';
import { checkOutOfOffice } from './check-out-of-office';

const personOf = (user: UserRow) => ({
  id: user.id,
  name: user.name,
  username: user.username,
  timeZone: user.timeZone,
  email: user.email,
});

/**
 * Records that the user is away from `start` to `end`, and announces it (OOO_CREATED) in the
 * same transaction through the outbox.
 */
export async function createOutOfOffice(
  database: Database,
  user: UserRow,
  input: CreateOutOfOfficeInput,
): Promise<OutOfOfficeRow> {
  const draft = {
    userId: user.id,
    startAt: new Date(input.start),
    endAt: new Date(input.end),
    toUserId: input.toUserId ?? null,
  };
  return database.db.transaction(async (tx) => {
    await lockOutOfOfficeOf(tx, [draft.userId, draft.toUserId ?? draft.userId]);
    await checkOutOfOffice(tx, draft);
    const toUser = draft.toUserId === null ? undefined : await findUserById(tx, draft.toUserId);
    const entry = await insertOutOfOffice(tx, {
      ...draft,
      reason: input.reason,
      notes: input.notes ?? null,
    });
    const payload = outOfOfficeWebhookPayload({
      id: entry.id,
      uuid: entry.uuid,
      start: entry.startAt.toISOString(),
      end: entry.endAt.toISOString(),
      createdAt: entry.createdAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
      notes: entry.notes,
      reason: entry.reason,
      user: personOf(user),
      toUser: toUser ? personOf(toUser) : null,
    });
    await insertOutboxEvent(tx, { type: 'OOO_CREATED', userId: user.id, payload });
    return entry;
  });
}
