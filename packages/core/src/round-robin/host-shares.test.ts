import { describe, expect, it } from 'vitest';
import { roundRobinShares } from './host-shares';

describe('roundRobinShares', () => {
  it('compares turns with the share the weights promise', () => {
    const shares = roundRobinShares([
      { hostId: 1, weight: 1, turns: 24 },
      { hostId: 2, weight: 2, turns: 56 },
      { hostId: 3, weight: 1, turns: 20 },
    ]);
    expect(shares.map((s) => [s.hostId, s.targetShare, s.expectedTurns])).toEqual([
      [1, 0.25, 25],
      [2, 0.5, 50],
      [3, 0.25, 25],
    ]);
    expect(shares.map((s) => s.isWithinTolerance)).toEqual([true, false, false]);
    expect(shares[1]!.deviation).toBeCloseTo(0.12);
    expect(shares[2]!.actualShare).toBeCloseTo(0.2);
  });

  it('holds a host at exactly 10% off within tolerance', () => {
    const shares = roundRobinShares([
      { hostId: 1, weight: 1, turns: 45 },
      { hostId: 2, weight: 1, turns: 55 },
    ]);
    expect(shares.every((s) => s.isWithinTolerance)).toBe(true);
  });

  it('reports no deviation before the first turn', () => {
    const [share] = roundRobinShares([{ hostId: 1, weight: 3, turns: 0 }]);
    expect(share).toMatchObject({ targetShare: 1, actualShare: 0, deviation: 0 });
    expect(share!.isWithinTolerance).toBe(true);
  });

  it('accepts a tolerance of its own', () => {
    const shares = roundRobinShares(
      [
        { hostId: 1, weight: 1, turns: 45 },
        { hostId: 2, weight: 1, turns: 55 },
      ],
      0.05,
    );
    expect(shares.map((s) => s.isWithinTolerance)).toEqual([false, false]);
  });
});
