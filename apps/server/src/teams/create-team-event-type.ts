import { validationError, type CreateTeamEventTypeInput } from '@kairos/contracts';
import {
  findTeamEventType,
  insertTeamEventType,
  listChildEventTypes,
  replaceEventTypeHosts,
  type Database,
  type EventTypeRecord,
  type EventTypeRow,
} from '@kairos/db';
import { refusingSlugClash, syncManagedChildren } from './managed-children';
import { hostSettingsFor } from './team-hosts';

/** A team event type with a managed template's children. */
export interface TeamEventTypeView {
  record: EventTypeRecord;
  children: EventTypeRow[];
}

/** Team event types take each host's schedule: the event's own must stay empty. */
export function assertNoEventSchedule(scheduleId: number | null | undefined): void {
  if (scheduleId === null || scheduleId === undefined) return;
  throw validationError([
    {
      field: 'scheduleId',
      message: "A team event type uses each host's schedule: set hosts[].scheduleId",
    },
  ]);
}

/** The event type as stored, with its children. */
export async function loadTeamEventType(
  database: Database,
  teamId: number,
  id: number,
): Promise<TeamEventTypeView | undefined> {
  const record = await findTeamEventType(database.db, teamId, id);
  if (!record) return undefined;
  return { record, children: await listChildEventTypes(database.db, id) };
}

/**
 * Creates a round-robin, collective or managed event type with its hosts (and a managed one's
 * member copies) in one transaction.
 */
export async function createTeamEventType(
  database: Database,
  teamId: number,
  input: CreateTeamEventTypeInput,
): Promise<TeamEventTypeView> {
  assertNoEventSchedule(input.scheduleId);
  const { hosts: _hosts, unlockedFields, ...settings } = input;
  const hosts = await hostSettingsFor(database, teamId, null, input);
  const created = await refusingSlugClash(() =>
    database.db.transaction(async (tx) => {
      const row = await insertTeamEventType(tx, {
        ...settings,
        teamId,
        unlockedFields: input.schedulingType === 'managed' ? (unlockedFields ?? []) : null,
      });
      await replaceEventTypeHosts(tx, row.id, hosts);
      if (row.schedulingType === 'managed') {
        await syncManagedChildren(
          tx,
          row,
          hosts.map((host) => host.userId),
        );
      }
      return row;
    }),
  );
  const view = await loadTeamEventType(database, teamId, created.id);
  if (!view) throw new Error(`event type ${created.id} vanished after insert`);
  return view;
}
