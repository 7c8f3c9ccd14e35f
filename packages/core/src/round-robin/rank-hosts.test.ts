import { describe, expect, it } from 'vitest';
import type { RoundRobinHost } from './rank-hosts';
import { rankRoundRobinHosts, rebaseRoundRobin, runPosition, weightDivisor } from './rank-hosts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 1);

const host = (hostId: number, overrides: Partial<RoundRobinHost> = {}): RoundRobinHost => ({
  hostId,
  weight: 1,
  priority: 2,
  turns: 0,
  runOffset: 0,
  lastBookedAt: null,
  ...overrides,
});

/**
 * Books `count` times in a row, the way the server does: rank the free hosts, give the first the
 * turn and make it the most recently booked. `freeAt(i)` says who is free for booking i.
 */
function simulate(
  hosts: RoundRobinHost[],
  count: number,
  freeAt: (index: number) => number[] = () => hosts.map((h) => h.hostId),
): number[] {
  const state = new Map(hosts.map((h) => [h.hostId, { ...h }]));
  const chosen: number[] = [];
  for (let i = 0; i < count; i++) {
    const [first] = rankRoundRobinHosts([...state.values()], freeAt(i));
    if (first === undefined) continue;
    const picked = state.get(first)!;
    picked.turns += 1;
    picked.lastBookedAt = NOW + i * 1000;
    chosen.push(first);
  }
  return chosen;
}

/** A small deterministic generator: tests must not depend on luck. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    return x / 2 ** 32;
  };
}

describe('rankRoundRobinHosts', () => {
  it("gives PRD 8.2's order: Carol, Bob, Bob, Alice, Carol, Bob", () => {
    const [alice, bob, carol] = [1, 2, 3];
    const hosts = [
      host(alice, { weight: 1, lastBookedAt: NOW - HOUR }),
      host(bob, { weight: 2, lastBookedAt: NOW - 2 * DAY }),
      host(carol, { weight: 1, lastBookedAt: NOW - 7 * DAY }),
    ];
    expect(simulate(hosts, 6)).toEqual([carol, bob, bob, alice, carol, bob]);
  });

  it.each([[[1, 2, 1]], [[3, 1]], [[2, 2, 1]], [[100, 200, 100]], [[1, 1, 1, 1, 1]], [[4, 1, 2]]])(
    'with weights %j gives every host its weight in any Σw consecutive turns, each in one streak',
    (weights) => {
      const hosts = weights.map((weight, i) => host(i + 1, { weight }));
      const divisor = weightDivisor(weights);
      const share = weights.map((weight) => weight / divisor);
      const runLength = share.reduce((a, b) => a + b, 0);
      const sequence = simulate(hosts, runLength * 4);
      for (let start = 0; start + runLength <= sequence.length; start++) {
        const window = sequence.slice(start, start + runLength);
        share.forEach((w, i) => expect(window.filter((id) => id === i + 1)).toHaveLength(w));
      }
      for (let run = 0; run < 4; run++) {
        const window = sequence.slice(run * runLength, (run + 1) * runLength);
        const streaks = window.filter((id, i) => i === 0 || window[i - 1] !== id);
        expect(new Set(streaks).size).toBe(streaks.length);
      }
    },
  );

  it('ranks only the free hosts', () => {
    const hosts = [host(1, { lastBookedAt: null }), host(2), host(3)];
    expect(rankRoundRobinHosts(hosts, [2, 3])).toEqual([2, 3]);
    expect(rankRoundRobinHosts(hosts, [])).toEqual([]);
    expect(rankRoundRobinHosts(hosts, [9])).toEqual([]);
  });

  it('puts a higher priority first, even when it is far ahead in turns', () => {
    const hosts = [host(1, { priority: 2 }), host(2, { priority: 4, turns: 50 }), host(3)];
    expect(rankRoundRobinHosts(hosts, [1, 2, 3])).toEqual([2, 1, 3]);
  });

  it('lets a host that was busy catch up on the turns it missed', () => {
    const hosts = [host(1, { turns: 3 }), host(2, { turns: 1, lastBookedAt: NOW })];
    expect(rankRoundRobinHosts(hosts, [1, 2])).toEqual([2, 1]);
  });

  it('counts a pinned booking for recency only', () => {
    // Host 1 was pinned a moment ago (no turn): host 2, booked long ago, goes first; turns are
    // equal, so without the recency host 1 would win on its id.
    const hosts = [host(1, { lastBookedAt: NOW }), host(2, { lastBookedAt: NOW - DAY })];
    expect(rankRoundRobinHosts(hosts, [1, 2])).toEqual([2, 1]);
  });

  it('keeps a host in the middle of its streak first when it is free again', () => {
    const hosts = [host(1, { weight: 2, turns: 1, lastBookedAt: NOW }), host(2)];
    expect(rankRoundRobinHosts(hosts, [1, 2])).toEqual([1, 2]);
  });

  it.each([1, 2, 3, 4, 5])(
    'keeps 1,000 bookings with weights 1/2/1 within ±10%% of each share under random availability (seed %i)',
    (seed) => {
      const random = lcg(seed);
      const hosts = [host(1, { weight: 1 }), host(2, { weight: 2 }), host(3, { weight: 1 })];
      const freeAt = () => {
        const free = [1, 2, 3].filter(() => random() < 0.6);
        return free.length > 0 ? free : [1 + Math.floor(random() * 3)];
      };
      const sequence = simulate(hosts, 1000, freeAt);
      expect(sequence).toHaveLength(1000);
      const counts = [1, 2, 3].map((id) => sequence.filter((chosen) => chosen === id).length);
      const expected = [250, 500, 250];
      counts.forEach((count, i) => {
        expect(Math.abs(count - expected[i]!)).toBeLessThanOrEqual(expected[i]! * 0.1);
      });
    },
  );
});

describe('runPosition', () => {
  it('divides weights by their common divisor', () => {
    expect(runPosition(host(1, { weight: 200, turns: 5 }), 100)).toEqual({
      run: 2,
      taken: 1,
      weight: 2,
    });
    expect(runPosition(host(1, { weight: 1, turns: 5, runOffset: 3 }), 1)).toEqual({
      run: 8,
      taken: 0,
      weight: 1,
    });
  });
});

describe('rebaseRoundRobin', () => {
  it('starts a joining host in the run of the peers furthest behind', () => {
    const before = [host(1, { turns: 40 }), host(2, { turns: 41 })];
    const offsets = rebaseRoundRobin(before, [
      { hostId: 1, weight: 1, priority: 2, turns: 40 },
      { hostId: 2, weight: 1, priority: 2, turns: 41 },
      { hostId: 3, weight: 1, priority: 2, turns: 0 },
    ]);
    expect(Object.fromEntries(offsets)).toEqual({ 1: 0, 2: 0, 3: 40 });
    const after = [
      host(1, { turns: 40, lastBookedAt: NOW - DAY }),
      host(2, { turns: 41, lastBookedAt: NOW - HOUR }),
      host(3, { runOffset: 40, lastBookedAt: null }),
    ];
    // The newcomer takes one turn of the run, not the next forty bookings.
    expect(simulate(after, 6)).toEqual([3, 1, 2, 3, 1, 2]);
  });

  it('keeps the run of a host whose weight changes', () => {
    const before = [host(1, { weight: 1, turns: 10 }), host(2, { weight: 1, turns: 10 })];
    const offsets = rebaseRoundRobin(before, [
      { hostId: 1, weight: 2, priority: 2, turns: 10 },
      { hostId: 2, weight: 1, priority: 2, turns: 10 },
    ]);
    expect(offsets.get(1)! + Math.floor(10 / 2)).toBe(10);
    expect(offsets.get(2)! + 10).toBe(10);
  });

  it('places a joiner among its own priority when it has peers there', () => {
    const before = [host(1, { priority: 4, turns: 30 }), host(2, { priority: 0, turns: 1 })];
    const offsets = rebaseRoundRobin(before, [
      { hostId: 1, weight: 1, priority: 4, turns: 30 },
      { hostId: 2, weight: 1, priority: 0, turns: 1 },
      { hostId: 3, weight: 1, priority: 4, turns: 0 },
      { hostId: 4, weight: 1, priority: 3, turns: 0 },
    ]);
    expect(offsets.get(3)).toBe(30);
    expect(offsets.get(4)).toBe(1);
  });

  it('starts everyone at run 0 when no one stays', () => {
    const offsets = rebaseRoundRobin([], [{ hostId: 1, weight: 3, priority: 2, turns: 0 }]);
    expect(offsets.get(1)).toBe(0);
  });
});
