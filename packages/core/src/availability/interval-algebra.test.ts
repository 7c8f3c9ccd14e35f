import { describe, expect, it } from 'vitest';
import type { Interval } from './interval-algebra';
import {
  clipIntervals,
  coversSpan,
  intersectAll,
  intersectIntervals,
  mergeIntervals,
  overlapsSpan,
  subtractIntervals,
  unionAll,
  unionIntervals,
} from './interval-algebra';

const list = (...pairs: Array<[number, number]>): Interval[] =>
  pairs.map(([start, end]) => ({ start, end }));

describe('interval algebra', () => {
  it.each([
    ['sorts and joins overlapping intervals', list([5, 8], [0, 3], [2, 4]), list([0, 4], [5, 8])],
    ['joins touching intervals', list([0, 2], [2, 4]), list([0, 4])],
    ['drops empty and inverted intervals', list([3, 3], [5, 4], [6, 7]), list([6, 7])],
    ['keeps an interval swallowed by another inside it', list([0, 10], [2, 3]), list([0, 10])],
    ['gives nothing for nothing', list(), list()],
  ])('merge %s', (_name, input, expected) => {
    expect(mergeIntervals(input)).toEqual(expected);
  });

  it('merges without changing its input', () => {
    const input = list([0, 2], [1, 5]);
    mergeIntervals(input);
    expect(input).toEqual(list([0, 2], [1, 5]));
  });

  it.each([
    ['cuts a hole in the middle', list([0, 10]), list([3, 5]), list([0, 3], [5, 10])],
    ['trims both ends', list([0, 10]), list([-5, 2], [8, 20]), list([2, 8])],
    ['removes a whole interval', list([0, 2], [4, 6]), list([0, 2]), list([4, 6])],
    [
      'lets one hole span two intervals',
      list([0, 4], [6, 10]),
      list([3, 7]),
      list([0, 3], [7, 10]),
    ],
    ['leaves everything when nothing is removed', list([0, 4]), list(), list([0, 4])],
    ['ignores holes that only touch', list([2, 4]), list([0, 2], [4, 6]), list([2, 4])],
  ])('subtract %s', (_name, from, remove, expected) => {
    expect(subtractIntervals(from, remove)).toEqual(expected);
  });

  it.each([
    [
      'keeps the common parts',
      list([0, 5], [8, 12]),
      list([3, 9], [11, 20]),
      list([3, 5], [8, 9], [11, 12]),
    ],
    ['finds nothing in disjoint lists', list([0, 2]), list([2, 4]), list()],
    ['keeps an interval inside another', list([0, 10]), list([2, 3], [4, 5]), list([2, 3], [4, 5])],
  ])('intersect %s', (_name, a, b, expected) => {
    expect(intersectIntervals(a, b)).toEqual(expected);
    expect(intersectIntervals(b, a)).toEqual(expected);
  });

  it.each([
    [
      'joins overlapping parts of both',
      list([0, 3], [10, 12]),
      list([2, 5]),
      list([0, 5], [10, 12]),
    ],
    ['joins touching intervals of both lists', list([0, 2]), list([2, 4]), list([0, 4])],
    [
      'interleaves disjoint lists',
      list([0, 1], [4, 5]),
      list([2, 3]),
      list([0, 1], [2, 3], [4, 5]),
    ],
  ])('union %s', (_name, a, b, expected) => {
    expect(unionIntervals(a, b)).toEqual(expected);
    expect(unionIntervals(b, a)).toEqual(expected);
  });

  it('unions many lists at once', () => {
    expect(unionAll([list([0, 1]), list([1, 2]), list([5, 6]), list([3, 4])])).toEqual(
      list([0, 2], [3, 4], [5, 6]),
    );
    expect(unionAll([])).toEqual([]);
  });

  it('intersects many lists at once, and none as nothing', () => {
    expect(intersectAll([list([0, 10]), list([2, 8]), list([5, 12])])).toEqual(list([5, 8]));
    expect(intersectAll([])).toEqual([]);
  });

  it('clips a list to a window', () => {
    expect(clipIntervals(list([0, 5], [8, 12], [20, 30]), 3, 10)).toEqual(list([3, 5], [8, 10]));
  });

  it.each([
    [0, 5, true],
    [2, 5, true],
    [4, 6, false],
    [8, 9, true],
    [5, 7, false],
    [12, 13, false],
  ])('says whether [%i, %i) fits inside one interval: %s', (start, end, expected) => {
    expect(coversSpan(list([0, 5], [7, 10]), start, end)).toBe(expected);
  });

  it.each([
    [5, 7, false],
    [4, 6, true],
    [6, 8, true],
    [10, 12, false],
  ])('says whether [%i, %i) touches any interval: %s', (start, end, expected) => {
    expect(overlapsSpan(list([0, 5], [7, 10]), start, end)).toBe(expected);
  });
});
