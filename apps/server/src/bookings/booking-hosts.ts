import { AppError, validationError } from '@kairos/contracts';
import { rankRoundRobinHosts, type RoundRobinHost } from '@kairos/core';
import { acceptedTeamRole, type SlotContext, type SqlSession } from '@kairos/db';
import type { Caller } from '../auth/caller';

/** Who a booking occupies, and which of them round robin chose (its row is a turn). */
export interface HostChoice {
  hostIds: number[];
  roundRobinHostId: number | null;
}

/** How the round-robin host is picked: by round robin, pinned by an admin, or kept. */
export interface ChoiceOptions {
  /** An admin's pick (PRD 7.6): counts for recency, takes no turn. */
  pinnedHostId?: number | undefined;
  /** Hosts not to choose (the host a booking is being taken from). */
  excludedHostIds?: readonly number[] | undefined;
  /** Keep this host when it is free (a reschedule keeps its host). */
  preferredHostId?: number | undefined;
}

const isRoundRobin = (context: SlotContext) => context.eventType.schedulingType === 'roundRobin';

/**
 * Round robin's view of the pooled hosts, from the context read in the booking's transaction:
 * settings and the state the database keeps with them (turns, last assignment).
 */
export function roundRobinStates(context: SlotContext): RoundRobinHost[] {
  return context.hosts
    .filter((host) => !host.isFixed)
    .map((host) => ({
      hostId: host.userId,
      weight: host.weight,
      priority: host.priority,
      turns: host.rrTurns,
      runOffset: host.rrRunOffset,
      lastBookedAt: host.rrLastAssignedAt === null ? null : Date.parse(host.rrLastAssignedAt),
    }));
}

/** The pooled hosts ranked for this start: round robin's order among those free. */
export function rankFreeHosts(
  context: SlotContext,
  freeHostIds: readonly number[],
  excluded: readonly number[] = [],
): number[] {
  const candidates = freeHostIds.filter((id) => !excluded.includes(id));
  return rankRoundRobinHosts(roundRobinStates(context), candidates);
}

/** A pinned host must be one of the round robin's and free at the start. */
function pinned(context: SlotContext, freeHostIds: readonly number[], hostId: number): number {
  const host = context.hosts.find((h) => h.userId === hostId && !h.isFixed);
  if (!host) {
    throw validationError([
      { field: 'hostId', message: 'Not a round-robin host of this event type' },
    ]);
  }
  if (!freeHostIds.includes(hostId)) {
    throw new AppError('CONFLICT', 'That host is not free at this time');
  }
  return hostId;
}

/**
 * Who the booking occupies: a personal event type's owner; a collective one's every host; a
 * round robin's mandatory hosts plus one pooled host (organizer, first), chosen by round robin
 * among those free at the start, or pinned, or kept from the booking being moved.
 */
export function chooseBookingHosts(
  context: SlotContext,
  freeHostIds: readonly number[],
  options: ChoiceOptions = {},
): HostChoice {
  const { ownerId, teamId } = context.eventType;
  if (teamId === null)
    return { hostIds: ownerId === null ? [] : [ownerId], roundRobinHostId: null };
  const fixed = context.hosts.filter((host) => host.isFixed).map((host) => host.userId);
  const pooled = context.hosts.filter((host) => !host.isFixed);
  if (!isRoundRobin(context) || pooled.length === 0)
    return { hostIds: fixed, roundRobinHostId: null };
  if (options.pinnedHostId !== undefined) {
    return {
      hostIds: [pinned(context, freeHostIds, options.pinnedHostId), ...fixed],
      roundRobinHostId: null,
    };
  }
  const preferred = options.preferredHostId;
  if (
    preferred !== undefined &&
    freeHostIds.includes(preferred) &&
    pooled.some((h) => h.userId === preferred)
  ) {
    return { hostIds: [preferred, ...fixed], roundRobinHostId: preferred };
  }
  const [pick] = rankFreeHosts(context, freeHostIds, options.excludedHostIds);
  if (pick === undefined) throw new AppError('CONFLICT', 'That time was just booked');
  return { hostIds: [pick, ...fixed], roundRobinHostId: pick };
}

/**
 * `hostId` on a booking is for the team's admins and owners, and only a round robin has a host
 * to pin; FORBIDDEN for anyone else.
 */
export async function assertMayPinHost(
  session: SqlSession,
  context: SlotContext,
  caller: Caller | null,
): Promise<void> {
  if (!isRoundRobin(context) || context.eventType.teamId === null) {
    throw validationError([
      { field: 'hostId', message: 'Only a round-robin event type takes hostId' },
    ]);
  }
  const role = caller
    ? await acceptedTeamRole(session, context.eventType.teamId, caller.user.id)
    : null;
  if (role !== 'ADMIN' && role !== 'OWNER') {
    throw new AppError('FORBIDDEN', 'Only team admins and owners may choose the host');
  }
}
