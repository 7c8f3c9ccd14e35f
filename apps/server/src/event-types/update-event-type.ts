import {
  eventTypeRuleViolations,
  validationError,
  type EventTypeSettings,
  type UpdateEventTypeInput,
} from '@kairos/contracts';
import { findEventTypeOfOwner, saveEventType, type Db, type EventTypeRecord } from '@kairos/db';
import { assertOwnSchedule, withUniqueSlug } from './event-type-guards';

type Row = EventTypeRecord['eventType'];

const after = <T>(patched: T | undefined, stored: T): T =>
  patched === undefined ? stored : patched;

/** Rules across settings must hold for the result, not just the patch (length vs. its options). */
function assertRulesAfterPatch(row: Row, patch: UpdateEventTypeInput): void {
  const violations = eventTypeRuleViolations({
    lengthInMinutes: after(patch.lengthInMinutes, row.lengthInMinutes),
    lengthInMinutesOptions: after(patch.lengthInMinutesOptions, row.lengthInMinutesOptions),
    seats: after(patch.seats, row.seats as EventTypeSettings['seats']),
    recurrence: after(patch.recurrence, row.recurrence as EventTypeSettings['recurrence']),
  });
  if (violations.length > 0) {
    throw validationError(violations.map((v) => ({ field: v.path.join('.'), message: v.message })));
  }
}

/** Applies a patch to one of the owner's event types; settings left out stay as they are. */
export async function updateEventType(
  db: Db,
  ownerId: number,
  current: EventTypeRecord,
  patch: UpdateEventTypeInput,
): Promise<EventTypeRecord> {
  const { id } = current.eventType;
  assertRulesAfterPatch(current.eventType, patch);
  await assertOwnSchedule(db, ownerId, patch.scheduleId);
  await withUniqueSlug(() => saveEventType(db, id, patch));
  const record = await findEventTypeOfOwner(db, ownerId, id);
  if (!record) throw new Error(`event type ${id} vanished during update`);
  return record;
}
