/**
 * Set operations on half-open intervals [start, end) of epoch minutes.
 *
 * "Normalised" lists are sorted by start, hold no empty interval, and no two intervals overlap or
 * touch. Every function here returns a normalised list; the binary operations expect normalised
 * inputs and run in linear time.
 */

/** A half-open span of time [start, end) in epoch minutes. */
export type Interval = { start: number; end: number };

/** Sorts and merges any intervals (overlapping and touching ones join; empty ones are dropped). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start);
  sorted.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  let last: Interval | undefined;
  for (const interval of sorted) {
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end;
    } else {
      last = { start: interval.start, end: interval.end };
      merged.push(last);
    }
  }
  return merged;
}

/** Points in `from` that are not in `remove`. */
export function subtractIntervals(
  from: readonly Interval[],
  remove: readonly Interval[],
): Interval[] {
  if (remove.length === 0) return from.slice();
  const result: Interval[] = [];
  let j = 0;
  for (const interval of from) {
    let cursor = interval.start;
    while (j < remove.length && remove[j]!.end <= cursor) j += 1;
    let k = j;
    while (k < remove.length && remove[k]!.start < interval.end) {
      const hole = remove[k]!;
      if (hole.start > cursor) result.push({ start: cursor, end: hole.start });
      if (hole.end > cursor) cursor = hole.end;
      k += 1;
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** Points in both `a` and `b`. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const left = a[i]!;
    const right = b[j]!;
    const start = Math.max(left.start, right.start);
    const end = Math.min(left.end, right.end);
    if (start < end) result.push({ start, end });
    if (left.end < right.end) i += 1;
    else j += 1;
  }
  return result;
}

/** Points in `a` or `b`. */
export function unionIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  let last: Interval | undefined;
  while (i < a.length || j < b.length) {
    const takeLeft = j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start);
    const next = takeLeft ? a[i++]! : b[j++]!;
    if (last && next.start <= last.end) {
      if (next.end > last.end) last.end = next.end;
    } else {
      last = { start: next.start, end: next.end };
      result.push(last);
    }
  }
  return result;
}

/** Points in at least one list (pairwise, so the cost stays near-linear in the total size). */
export function unionAll(lists: readonly (readonly Interval[])[]): Interval[] {
  if (lists.length === 0) return [];
  let layer = lists.map((list) => list.slice());
  while (layer.length > 1) {
    const next: Interval[][] = [];
    for (let i = 0; i < layer.length; i += 2) {
      const right = layer[i + 1];
      next.push(right ? unionIntervals(layer[i]!, right) : layer[i]!);
    }
    layer = next;
  }
  return layer[0]!;
}

/** Points in every list; an empty list of lists has no points. */
export function intersectAll(lists: readonly (readonly Interval[])[]): Interval[] {
  if (lists.length === 0) return [];
  let result = lists[0]!.slice();
  for (let i = 1; i < lists.length && result.length > 0; i += 1) {
    result = intersectIntervals(result, lists[i]!);
  }
  return result;
}

/** The parts of a normalised list that fall within [from, to). */
export function clipIntervals(
  intervals: readonly Interval[],
  from: number,
  to: number,
): Interval[] {
  const result: Interval[] = [];
  for (const interval of intervals) {
    const start = Math.max(interval.start, from);
    const end = Math.min(interval.end, to);
    if (start < end) result.push({ start, end });
  }
  return result;
}

/** Whether one interval of a normalised list contains all of [start, end) (binary search). */
export function coversSpan(intervals: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid]!;
    if (interval.end <= start) lo = mid + 1;
    else if (interval.start > start) hi = mid - 1;
    else return end <= interval.end;
  }
  return false;
}

/** Whether [start, end) shares any point with an interval of a normalised list. */
export function overlapsSpan(intervals: readonly Interval[], start: number, end: number): boolean {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const interval = intervals[mid]!;
    if (interval.end <= start) lo = mid + 1;
    else if (interval.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
