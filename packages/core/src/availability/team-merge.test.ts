import { describe, expect, it } from 'vitest';
import type { HostFreeTime } from './team-merge';
import { createHostMatcher, mergeTeamAvailability } from './team-merge';

const host = (
  hostId: number,
  isFixed: boolean,
  ...pairs: Array<[number, number]>
): HostFreeTime => ({
  hostId,
  isFixed,
  free: pairs.map(([start, end]) => ({ start, end })),
});

describe('mergeTeamAvailability', () => {
  it.each<[string, HostFreeTime[], Array<[number, number]>]>([
    ['a single host keeps its own time', [host(1, true, [0, 10])], [[0, 10]]],
    ['fixed hosts must all be free', [host(1, true, [0, 10]), host(2, true, [5, 15])], [[5, 10]]],
    [
      'pooled hosts need only one free',
      [host(1, false, [0, 10]), host(2, false, [5, 15], [20, 30])],
      [
        [0, 15],
        [20, 30],
      ],
    ],
    [
      'fixed and pooled combine as fixed-all and pooled-any',
      [host(1, true, [0, 25]), host(2, false, [5, 10]), host(3, false, [20, 30])],
      [
        [5, 10],
        [20, 25],
      ],
    ],
    ['no hosts give no time', [], []],
  ])('%s', (_name, hosts, expected) => {
    expect(mergeTeamAvailability(hosts)).toEqual(expected.map(([start, end]) => ({ start, end })));
  });
});

describe('createHostMatcher', () => {
  it('lists fixed hosts and the pooled hosts free for the whole slot', () => {
    const match = createHostMatcher([
      host(1, true, [0, 100]),
      host(2, false, [0, 30]),
      host(3, false, [10, 50]),
    ]);
    expect(match(0, 10)).toEqual([1, 2]);
    expect(match(10, 20)).toEqual([1, 2, 3]);
    expect(match(20, 40)).toEqual([1, 3]);
    expect(match(60, 70)).toBeNull();
  });

  it('refuses a slot that two pooled hosts only cover together', () => {
    const match = createHostMatcher([host(1, false, [0, 10]), host(2, false, [10, 20])]);
    expect(match(5, 15)).toBeNull();
  });

  it('refuses a slot when a fixed host is busy', () => {
    const match = createHostMatcher([host(1, true, [0, 10]), host(2, false, [0, 100])]);
    expect(match(20, 30)).toBeNull();
  });
});
