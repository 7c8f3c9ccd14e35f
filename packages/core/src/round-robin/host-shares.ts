/** A host's round-robin turns against its weight. */
export type ShareInput = { hostId: number; weight: number; turns: number };

/** How a host's turns compare with the share its weight promises (PRD 6.4). */
export type HostShare = {
  hostId: number;
  turns: number;
  /** weight / Σweights, 0..1. */
  targetShare: number;
  /** turns / Σturns, 0..1 (0 before any turn). */
  actualShare: number;
  /** targetShare × Σturns. */
  expectedTurns: number;
  /** (turns − expectedTurns) / expectedTurns; 0 when nothing is expected yet. */
  deviation: number;
  /** |turns − expectedTurns| ≤ tolerance × expectedTurns. */
  isWithinTolerance: boolean;
};

/**
 * Each host's turns against its target share. PRD 6.4 asks for round-robin fairness within
 * ±10%, the default tolerance (a fraction of the expected turns).
 */
export function roundRobinShares(hosts: readonly ShareInput[], tolerance = 0.1): HostShare[] {
  const totalWeight = hosts.reduce((sum, host) => sum + Math.max(0, host.weight), 0);
  const totalTurns = hosts.reduce((sum, host) => sum + host.turns, 0);
  return hosts.map((host) => {
    const targetShare = totalWeight > 0 ? Math.max(0, host.weight) / totalWeight : 0;
    const expectedTurns = targetShare * totalTurns;
    const deviation = expectedTurns > 0 ? (host.turns - expectedTurns) / expectedTurns : 0;
    return {
      hostId: host.hostId,
      turns: host.turns,
      targetShare,
      actualShare: totalTurns > 0 ? host.turns / totalTurns : 0,
      expectedTurns,
      deviation,
      isWithinTolerance: Math.abs(host.turns - expectedTurns) <= tolerance * expectedTurns + 1e-9,
    };
  });
}
