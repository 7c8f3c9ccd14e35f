import { hostPriorities, validationError, type RoundRobinReportOutput } from '@kairos/contracts';
import { roundRobinShares } from '@kairos/core';
import { loadRoundRobinTallies, type Database, type EventTypeRecord } from '@kairos/db';

/** PRD 6.4: round-robin fairness within ±10% of each host's share. */
const TOLERANCE = 0.1;

/**
 * Each round-robin host's turns (active bookings round robin gave it) against the share its
 * weight promises, with what it holds otherwise (pinned or reassigned by hand) and when it was
 * last booked (PRD 7.6: a fairness report for admins to audit).
 */
export async function roundRobinReport(
  database: Database,
  record: EventTypeRecord,
): Promise<RoundRobinReportOutput> {
  const { eventType } = record;
  if (eventType.schedulingType !== 'roundRobin') {
    const message = 'Only a round-robin event type has a round-robin report';
    throw validationError([{ field: 'eventTypeId', message }]);
  }
  const hosts = record.hosts.filter((host) => !host.isFixed);
  const tallies = await loadRoundRobinTallies(database, eventType.id);
  const tallyOf = (userId: number) => tallies.find((tally) => tally.userId === userId);
  const shares = roundRobinShares(
    hosts.map((host) => ({
      hostId: host.userId,
      weight: host.weight,
      turns: tallyOf(host.userId)?.turns ?? 0,
    })),
    TOLERANCE,
  );
  const lines = hosts.map((host, index) => {
    const { hostId: _hostId, ...share } = shares[index]!;
    const tally = tallyOf(host.userId);
    return {
      userId: host.userId,
      name: host.name,
      username: host.username,
      priority: hostPriorities[host.priority] ?? 'medium',
      weight: host.weight,
      ...share,
      otherBookings: tally?.otherBookings ?? 0,
      lastBookedAt: tally?.lastAssignedAt ?? null,
      bookingLimitsCount: host.bookingLimitsCount,
    };
  });
  return {
    eventTypeId: eventType.id,
    totalTurns: lines.reduce((sum, line) => sum + line.turns, 0),
    tolerance: TOLERANCE,
    isFair: lines.every((line) => line.isWithinTolerance),
    hosts: lines,
  };
}
