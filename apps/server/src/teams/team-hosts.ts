import {
  hostPriorities,
  validationError,
  type FieldError,
  type TeamHostInput,
} from '@kairos/contracts';
import { rebaseRoundRobin, type RoundRobinHost } from '@kairos/core';
import {
  acceptedMemberIds,
  loadRoundRobinTallies,
  schedulesOwnedBy,
  type Database,
  type EventTypeHost,
  type HostSetting,
  type SchedulingType,
} from '@kairos/db';

/** What decides a team event type's hosts. */
export interface HostsRequest {
  schedulingType: SchedulingType;
  hosts: TeamHostInput[];
  assignAllTeamMembers: boolean;
}

const defaultHost = (userId: number): TeamHostInput => ({
  userId,
  mandatory: false,
  priority: 'medium',
  weight: 1,
  scheduleId: null,
  bookingLimitsCount: null,
});

/** A stored host back in the input's form, so that unlisted members keep their settings. */
const asInput = (host: EventTypeHost): TeamHostInput => ({
  userId: host.userId,
  mandatory: host.isFixed,
  priority: hostPriorities[host.priority] ?? 'medium',
  weight: host.weight,
  scheduleId: host.scheduleId,
  bookingLimitsCount: host.bookingLimitsCount,
});

/**
 * The hosts asked for: with assignAllTeamMembers every accepted member (listed ones with their
 * settings, others as they were or with defaults); otherwise the list, each an accepted member.
 */
async function requestedHosts(
  database: Database,
  teamId: number,
  request: HostsRequest,
  existing: EventTypeHost[],
): Promise<TeamHostInput[]> {
  if (request.assignAllTeamMembers) {
    const members = await acceptedMemberIds(database.db, teamId);
    return members.map((userId) => {
      const listed = request.hosts.find((host) => host.userId === userId);
      const stored = existing.find((host) => host.userId === userId);
      return listed ?? (stored ? asInput(stored) : defaultHost(userId));
    });
  }
  const ids = request.hosts.map((host) => host.userId);
  const members = new Set(await acceptedMemberIds(database.db, teamId, ids));
  const errors: FieldError[] = request.hosts.flatMap((host, index) =>
    members.has(host.userId)
      ? []
      : [{ field: `hosts.${index}.userId`, message: 'Not an accepted member of the team' }],
  );
  if (errors.length) throw validationError(errors, 'Hosts must be members of the team');
  return request.hosts;
}

async function assertOwnSchedules(database: Database, hosts: TeamHostInput[]): Promise<void> {
  const errors: FieldError[] = [];
  for (const [index, host] of hosts.entries()) {
    if (host.scheduleId === null) continue;
    const owned = await schedulesOwnedBy(database.db, host.userId, [host.scheduleId]);
    if (owned.length === 0) {
      errors.push({
        field: `hosts.${index}.scheduleId`,
        message: 'Not one of this host’s schedules',
      });
    }
  }
  if (errors.length) throw validationError(errors, 'Hosts use their own schedules');
}

/**
 * Round-robin offsets for the new hosts (core rebaseRoundRobin): a host that stays keeps its
 * run, a joining host starts level with its peers instead of catching up on past turns.
 */
async function runOffsets(
  database: Database,
  eventTypeId: number | null,
  existing: EventTypeHost[],
  hosts: TeamHostInput[],
): Promise<Map<number, number>> {
  if (eventTypeId === null) return new Map();
  const tallies = await loadRoundRobinTallies(database, eventTypeId);
  const turnsOf = (userId: number) => tallies.find((t) => t.userId === userId)?.turns ?? 0;
  const before: RoundRobinHost[] = existing
    .filter((host) => !host.isFixed)
    .map((host) => ({
      hostId: host.userId,
      weight: host.weight,
      priority: host.priority,
      turns: turnsOf(host.userId),
      runOffset: host.rrRunOffset,
      lastBookedAt: null,
    }));
  const after = hosts
    .filter((host) => !host.mandatory)
    .map((host) => ({
      hostId: host.userId,
      weight: host.weight,
      priority: hostPriorities.indexOf(host.priority),
      turns: turnsOf(host.userId),
    }));
  return rebaseRoundRobin(before, after);
}

/**
 * The rows to write for a team event type's hosts, checked: members only, their own schedules.
 * A collective event type's hosts all attend (fixed); a round robin's mandatory ones do.
 * `eventTypeId` is null for a new event type.
 */
export async function hostSettingsFor(
  database: Database,
  teamId: number,
  eventTypeId: number | null,
  request: HostsRequest,
  existing: EventTypeHost[] = [],
): Promise<HostSetting[]> {
  const hosts = await requestedHosts(database, teamId, request, existing);
  await assertOwnSchedules(database, hosts);
  const isRoundRobin = request.schedulingType === 'roundRobin';
  const offsets = isRoundRobin
    ? await runOffsets(database, eventTypeId, existing, hosts)
    : new Map<number, number>();
  return hosts.map((host) => ({
    userId: host.userId,
    isFixed: request.schedulingType === 'collective' || host.mandatory,
    priority: hostPriorities.indexOf(host.priority),
    weight: host.weight,
    scheduleId: host.scheduleId,
    bookingLimitsCount: isRoundRobin ? host.bookingLimitsCount : null,
    rrRunOffset: offsets.get(host.userId) ?? 0,
  }));
}
