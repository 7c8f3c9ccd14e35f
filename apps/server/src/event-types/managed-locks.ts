import { eventTypeSettings } from '@kairos/contracts';

export type SettingKey = keyof typeof eventTypeSettings;

/** Every setting of an event type, in the order of the schema. */
export const SETTING_KEYS = Object.keys(eventTypeSettings) as SettingKey[];

/** Each member picks the schedule of their own copy: it is never locked. */
const ALWAYS_UNLOCKED: readonly SettingKey[] = ['scheduleId'];

/**
 * The settings a managed template decides for its children (members' copies): all but the
 * template's `unlockedFields` and the schedule.
 */
export function lockedFieldsOf(template: { unlockedFields: string[] | null }): SettingKey[] {
  const unlocked = new Set<string>([...(template.unlockedFields ?? []), ...ALWAYS_UNLOCKED]);
  return SETTING_KEYS.filter((key) => !unlocked.has(key));
}
