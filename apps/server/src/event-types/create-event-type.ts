import type { CreateEventTypeInput } from '@kairos/contracts';
import {
  findEventTypeOfOwner,
  insertEventType,
  insertEventTypeHost,
  type Db,
  type EventTypeRecord,
} from '@kairos/db';
import { assertOwnSchedule, withUniqueSlug } from './event-type-guards';

/**
 * Creates a personal event type. Its owner is written as its one host in the same transaction,
 * so availability can treat personal and team event types alike.
 */
export async function createEventType(
  db: Db,
  ownerId: number,
  input: CreateEventTypeInput,
): Promise<EventTypeRecord> {
  await assertOwnSchedule(db, ownerId, input.scheduleId);
  const created = await withUniqueSlug(() =>
    db.transaction(async (tx) => {
      const row = await insertEventType(tx, { ...input, ownerId });
      await insertEventTypeHost(tx, { eventTypeId: row.id, userId: ownerId, isFixed: true });
      return row;
    }),
  );
  const record = await findEventTypeOfOwner(db, ownerId, created.id);
  if (!record) throw new Error(`event type ${created.id} vanished after insert`);
  return record;
}
