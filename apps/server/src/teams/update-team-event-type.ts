import {
  eventTypeRuleViolations,
  validationError,
  type EventTypeSettings,
  type UpdateTeamEventTypeInput,
} from '@kairos/contracts';
import {
  replaceEventTypeHosts,
  saveEventType,
  type Database,
  type EventTypeRecord,
} from '@kairos/db';
import { withUniqueSlug } from '../event-types/event-type-guards';
import {
  assertNoEventSchedule,
  loadTeamEventType,
  type TeamEventTypeView,
} from './create-team-event-type';
import { refusingSlugClash, syncManagedChildren } from './managed-children';
import { hostSettingsFor } from './team-hosts';

type Row = EventTypeRecord['eventType'];

const after = <T>(patched: T | undefined, stored: T): T =>
  patched === undefined ? stored : patched;

function assertRulesAfterPatch(row: Row, patch: UpdateTeamEventTypeInput): void {
  const violations = eventTypeRuleViolations({
    lengthInMinutes: after(patch.lengthInMinutes, row.lengthInMinutes),
    lengthInMinutesOptions: after(patch.lengthInMinutesOptions, row.lengthInMinutesOptions),
    seats: after(patch.seats, row.seats as EventTypeSettings['seats']),
    recurrence: after(patch.recurrence, row.recurrence as EventTypeSettings['recurrence']),
  });
  if (patch.schedulingType !== undefined && patch.schedulingType !== row.schedulingType) {
    violations.push({ path: ['schedulingType'], message: 'The scheduling type cannot change' });
  }
  if (patch.unlockedFields !== undefined && row.schedulingType !== 'managed') {
    violations.push({ path: ['unlockedFields'], message: 'Only a managed event type has them' });
  }
  if (violations.length > 0) {
    throw validationError(violations.map((v) => ({ field: v.path.join('.'), message: v.message })));
  }
}

/**
 * Applies a patch: settings given change; `hosts` (or `assignAllTeamMembers`) replaces the hosts,
 * rebasing round-robin runs; a managed template passes its locked settings on to its children.
 */
export async function updateTeamEventType(
  database: Database,
  current: TeamEventTypeView,
  patch: UpdateTeamEventTypeInput,
): Promise<TeamEventTypeView> {
  const { eventType: row, hosts: existing } = current.record;
  const teamId = row.teamId!;
  assertRulesAfterPatch(row, patch);
  assertNoEventSchedule(patch.scheduleId);
  const { hosts: hostsPatch, schedulingType: _type, ...changes } = patch;
  const replacesHosts = hostsPatch !== undefined || patch.assignAllTeamMembers !== undefined;
  const hosts = replacesHosts
    ? await hostSettingsFor(
        database,
        teamId,
        row.id,
        {
          schedulingType: row.schedulingType!,
          hosts: hostsPatch ?? [],
          assignAllTeamMembers: after(patch.assignAllTeamMembers, row.assignAllTeamMembers),
        },
        existing,
      )
    : undefined;
  await refusingSlugClash(() =>
    withUniqueSlug(() =>
      database.db.transaction(async (tx) => {
        const saved = await saveEventType(tx, row.id, changes);
        if (hosts) await replaceEventTypeHosts(tx, row.id, hosts);
        if (saved.schedulingType === 'managed') {
          const memberIds = (hosts ?? existing).map((host) => host.userId);
          await syncManagedChildren(tx, saved, memberIds);
        }
      }),
    ),
  );
  const view = await loadTeamEventType(database, teamId, row.id);
  if (!view) throw new Error(`event type ${row.id} vanished during update`);
  return view;
}
