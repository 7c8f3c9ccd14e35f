import {
  eventTypeRuleViolations,
  validationError,
  type EventTypeSettings,
  type UpdateEventTypeInput,
} from '@kairos/contracts';
import { findEventTypeOfOwner, saveEventType, type Db, type EventTypeRecord } from '@kairos/db';
import { assertOwnSchedule, withUniqueSlug } from './event-type-guards';
import { lockedFieldsOf } from './managed-locks';

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

/** JSON with sorted keys: stored jsonb does not keep the order a value was sent in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

/**
 * A managed template's copy changes only where the template unlocked it: a patch that would
 * change a locked setting is refused field by field (sending the same value is fine).
 */
function assertUnlocked(record: EventTypeRecord, patch: UpdateEventTypeInput): void {
  if (!record.parent) return;
  const row = record.eventType as unknown as Record<string, unknown>;
  const patched = patch as Record<string, unknown>;
  const errors = lockedFieldsOf(record.parent)
    .filter((key) => key in patched && patched[key] !== undefined)
    .filter((key) => canonical(patched[key]) !== canonical(row[key]))
    .map((key) => ({ field: key, message: "Locked by the team's managed event type" }));
  if (errors.length) throw validationError(errors, 'These settings are managed by the team');
}

/** Applies a patch to one of the owner's event types; settings left out stay as they are. */
export async function updateEventType(
  db: Db,
  ownerId: number,
  current: EventTypeRecord,
  patch: UpdateEventTypeInput,
): Promise<EventTypeRecord> {
  const { id } = current.eventType;
  assertUnlocked(current, patch);
  assertRulesAfterPatch(current.eventType, patch);
  await assertOwnSchedule(db, ownerId, patch.scheduleId);
  await withUniqueSlug(() => saveEventType(db, id, patch));
  const record = await findEventTypeOfOwner(db, ownerId, id);
  if (!record) throw new Error(`event type ${id} vanished during update`);
  return record;
}
