import {
  listAssignAllEventTypes,
  listTeamEventTypesHostedBy,
  replaceEventTypeHosts,
  type Database,
} from '@kairos/db';
import { refusingSlugClash, syncManagedChildren } from './managed-children';
import { hostSettingsFor } from './team-hosts';

/**
 * Event types that assign every member follow the team: a member who joins (accepts) becomes
 * their host, and gets their copy of a managed one; one who leaves stops hosting every team
 * event type and loses their copies.
 */
export async function syncMemberHosts(database: Database, teamId: number): Promise<void> {
  const assignAll = await listAssignAllEventTypes(database.db, teamId);
  for (const { eventType, hosts: existing } of assignAll) {
    const hosts = await hostSettingsFor(
      database,
      teamId,
      eventType.id,
      { schedulingType: eventType.schedulingType!, hosts: [], assignAllTeamMembers: true },
      existing,
    );
    await refusingSlugClash(() =>
      database.db.transaction(async (tx) => {
        await replaceEventTypeHosts(tx, eventType.id, hosts);
        if (eventType.schedulingType === 'managed') {
          await syncManagedChildren(
            tx,
            eventType,
            hosts.map((host) => host.userId),
          );
        }
      }),
    );
  }
}

/** Takes a member who left out of every team event type they host, copies included. */
export async function dropMemberHosts(
  database: Database,
  teamId: number,
  userId: number,
): Promise<void> {
  const hosted = await listTeamEventTypesHostedBy(database.db, teamId, userId);
  for (const { eventType, hosts } of hosted) {
    const kept = hosts
      .filter((host) => host.userId !== userId)
      .map(({ name: _name, username: _username, ...host }) => host);
    await database.db.transaction(async (tx) => {
      await replaceEventTypeHosts(tx, eventType.id, kept);
      if (eventType.schedulingType === 'managed') {
        await syncManagedChildren(
          tx,
          eventType,
          kept.map((host) => host.userId),
        );
      }
    });
  }
}
