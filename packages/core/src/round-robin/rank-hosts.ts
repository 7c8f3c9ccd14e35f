/**
 * A round-robin host as the choice sees it: its settings and what its past bookings of the event
 * type add up to. Instants are epoch milliseconds.
 */
export type RoundRobinHost = {
  hostId: number;
  /** A positive integer; weights are compared after dividing by their greatest common divisor. */
  weight: number;
  /** Higher goes first (Cal.com's 0 = lowest … 4 = highest). */
  priority: number;
  /** Round-robin turns taken in this event type (a pinned booking is not a turn). */
  turns: number;
  /** Runs credited to the host when the hosts or weights changed (see rebaseRoundRobin). */
  runOffset: number;
  /** Creation time of the host's latest booking of the event type; null when never booked. */
  lastBookedAt: number | null;
};

/** Greatest common divisor of positive integers (1 for none). */
export function weightDivisor(weights: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const divisor = weights.reduce((acc, weight) => gcd(acc, Math.max(1, Math.round(weight))), 0);
  return divisor === 0 ? 1 : divisor;
}

/** Where a host stands: the run it is in and how many of that run's turns it has taken. */
export type RunPosition = { run: number; taken: number; weight: number };

/**
 * A host's position in the sequence of runs. A run is Σw consecutive turns in which each host
 * takes w; `weight` is the host's weight divided by the hosts' common divisor.
 */
export function runPosition(host: RoundRobinHost, divisor: number): RunPosition {
  const weight = Math.max(1, Math.round(host.weight / divisor));
  return {
    run: host.runOffset + Math.floor(host.turns / weight),
    taken: host.turns % weight,
    weight,
  };
}

/** Never booked is least recent of all. */
const recency = (host: RoundRobinHost) => host.lastBookedAt ?? Number.NEGATIVE_INFINITY;

/**
 * The candidates in the order round robin offers them the booking (PRD 3.3): only `freeHostIds`
 * are candidates; higher priority first; then the host furthest behind in the runs (over any Σw
 * consecutive turns each host takes its weight w); then a host in the middle of its run's turns
 * (a host's turns within a run come one after another); then the least recently booked; ties by
 * id. The first is the choice, the rest are the fallbacks when it turns out to be taken.
 *
 * Example (PRD 8.2): weights Alice 1, Bob 2, Carol 1, last booked 1 hour, 2 days and 1 week ago,
 * all free: six choices in a row give Carol, Bob, Bob, Alice, Carol, Bob.
 */
export function rankRoundRobinHosts(
  hosts: readonly RoundRobinHost[],
  freeHostIds: Iterable<number>,
): number[] {
  const free = new Set(freeHostIds);
  const divisor = weightDivisor(hosts.map((host) => host.weight));
  const candidates = hosts
    .filter((host) => free.has(host.hostId))
    .map((host) => ({ host, position: runPosition(host, divisor) }));
  candidates.sort(
    (a, b) =>
      b.host.priority - a.host.priority ||
      a.position.run - b.position.run ||
      Number(b.position.taken > 0) - Number(a.position.taken > 0) ||
      recency(a.host) - recency(b.host) ||
      a.host.hostId - b.host.hostId,
  );
  return candidates.map(({ host }) => host.hostId);
}

/** What a host's settings become; its turns and recency stay as they were. */
export type RoundRobinHostSetting = { hostId: number; weight: number; priority: number };

/**
 * New run offsets after the hosts or their weights change (PRD 7.6: members join and leave
 * mid-cycle). A host that stays keeps the run it was in, whatever its new weight; a host that
 * joins starts in the run of the host of its priority furthest behind (of any priority when it
 * is alone in its own), so it does not take every booking until it has caught up with turns it
 * was never there for. `before` are the hosts as they were (with their current turns); `after`
 * the new settings with each host's turns so far. Returns each host's new run offset.
 */
export function rebaseRoundRobin(
  before: readonly RoundRobinHost[],
  after: ReadonlyArray<RoundRobinHostSetting & { turns: number }>,
): Map<number, number> {
  const oldDivisor = weightDivisor(before.map((host) => host.weight));
  const oldRuns = new Map(before.map((host) => [host.hostId, runPosition(host, oldDivisor).run]));
  const staying = after.flatMap((host) => {
    const run = oldRuns.get(host.hostId);
    return run === undefined ? [] : [{ run, priority: host.priority }];
  });
  const joinRun = (priority: number) => {
    const peers = staying.filter((host) => host.priority === priority);
    const runs = (peers.length > 0 ? peers : staying).map((host) => host.run);
    return runs.length > 0 ? Math.min(...runs) : 0;
  };
  const newDivisor = weightDivisor(after.map((host) => host.weight));
  const offsets = new Map<number, number>();
  for (const host of after) {
    const target = oldRuns.get(host.hostId) ?? joinRun(host.priority);
    const weight = Math.max(1, Math.round(host.weight / newDivisor));
    offsets.set(host.hostId, target - Math.floor(host.turns / weight));
  }
  return offsets;
}
