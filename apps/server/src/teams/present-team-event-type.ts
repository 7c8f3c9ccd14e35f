import { hostPriorities, type TeamEventTypeOutput } from '@kairos/contracts';
import type { EventTypeHost, EventTypeRecord, EventTypeRow } from '@kairos/db';
import { presentEventType } from '../event-types/present-event-type';

const priorityName = (priority: number) =>
  hostPriorities[Math.min(Math.max(Math.round(priority), 0), hostPriorities.length - 1)] ??
  'medium';

const presentHost = (host: EventTypeHost) => ({
  userId: host.userId,
  name: host.name,
  username: host.username,
  mandatory: host.isFixed,
  priority: priorityName(host.priority),
  weight: host.weight,
  scheduleId: host.scheduleId,
  bookingLimitsCount: host.bookingLimitsCount,
});

/** A team event type (Cal.com 2024-06-14 team shape), with a managed template's children. */
export function presentTeamEventType(
  record: EventTypeRecord,
  children: EventTypeRow[],
  viewerId: number,
): TeamEventTypeOutput {
  const { eventType, team } = record;
  if (eventType.teamId === null || !team || eventType.schedulingType === null) {
    throw new Error(`event type ${eventType.id} is not a team event type`);
  }
  const { hosts: _hosts, ...base } = presentEventType(record, viewerId, true);
  return {
    ...base,
    teamId: eventType.teamId,
    schedulingType: eventType.schedulingType,
    assignAllTeamMembers: eventType.assignAllTeamMembers,
    hosts: record.hosts.map(presentHost),
    unlockedFields:
      eventType.schedulingType === 'managed' ? (eventType.unlockedFields ?? []) : null,
    children: children.flatMap((child) =>
      child.ownerId === null ? [] : [{ id: child.id, ownerId: child.ownerId }],
    ),
    team,
  };
}
