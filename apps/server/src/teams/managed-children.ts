import { AppError } from '@kairos/contracts';
import {
  deleteChildEventTypes,
  insertChildEventType,
  isUniqueViolation,
  listChildEventTypes,
  saveEventType,
  type Db,
  type EventTypeChanges,
  type EventTypeRow,
} from '@kairos/db';
import { lockedFieldsOf, SETTING_KEYS, type SettingKey } from '../event-types/managed-locks';

function pick(row: EventTypeRow, keys: readonly SettingKey[]): EventTypeChanges {
  const picked: EventTypeChanges = Object.fromEntries(keys.map((key) => [key, row[key]]));
  return picked;
}

/**
 * Makes the template's children match its hosts: one child per assigned member (a personal
 * event type with parentId, the member its one host), the locked settings copied from the
 * template; children of members no longer assigned are deleted. Runs inside the caller's
 * transaction.
 */
export async function syncManagedChildren(
  tx: Db,
  template: EventTypeRow,
  memberIds: number[],
): Promise<void> {
  await deleteChildEventTypes(tx, template.id, memberIds);
  const children = await listChildEventTypes(tx, template.id);
  const locked = pick(template, lockedFieldsOf(template));
  for (const child of children) await saveEventType(tx, child.id, locked);
  const missing = memberIds.filter((id) => !children.some((child) => child.ownerId === id));
  for (const ownerId of missing) {
    const settings = pick(template, SETTING_KEYS);
    await insertChildEventType(tx, {
      ...settings,
      title: template.title,
      slug: template.slug,
      lengthInMinutes: template.lengthInMinutes,
      scheduleId: null,
      ownerId,
      parentId: template.id,
    });
  }
}

/** Runs a write that creates children; a member's own event type with the slug is CONFLICT. */
export async function refusingSlugClash<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError(
      'CONFLICT',
      'The team or an assigned member has an event type with this slug',
      [{ field: 'slug', message: 'Already taken' }],
    );
  }
}
