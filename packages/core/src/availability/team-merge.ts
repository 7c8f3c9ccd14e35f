import type { Interval } from './interval-algebra';
import { intersectAll, intersectIntervals, unionAll } from './interval-algebra';

/** A host's free time, normalised, and whether the host is fixed (mandatory). */
export type HostFreeTime = { hostId: number; isFixed: boolean; free: readonly Interval[] };

/**
 * Time in which the event can take place (Cal.com getAggregatedAvailability): every fixed host
 * free (intersection) and, when there are pooled (round-robin) hosts, at least one of them free
 * (union). A single host yields its own free time; no hosts yield nothing.
 */
export function mergeTeamAvailability(hosts: readonly HostFreeTime[]): Interval[] {
  const fixed = hosts.filter((host) => host.isFixed).map((host) => host.free);
  const pooled = hosts.filter((host) => !host.isFixed).map((host) => host.free);
  if (fixed.length === 0) return unionAll(pooled);
  if (pooled.length === 0) return intersectAll(fixed);
  return intersectIntervals(intersectAll(fixed), unionAll(pooled));
}

/**
 * Returns a function that, for slots asked in ascending start order, lists the hosts free for the
 * whole slot, or null when the slot cannot take place (a fixed host is busy, or no pooled host is
 * free for all of it: a union of two half-free hosts is not one free host). Each host keeps a
 * cursor into its free list, so a whole search costs O(slots x hosts + total intervals).
 */
export function createHostMatcher(
  hosts: readonly HostFreeTime[],
): (start: number, end: number) => number[] | null {
  const cursors = hosts.map(() => 0);
  const hasPooled = hosts.some((host) => !host.isFixed);
  return (start, end) => {
    const hostIds: number[] = [];
    let pooledFree = false;
    for (let i = 0; i < hosts.length; i += 1) {
      const host = hosts[i]!;
      let cursor = cursors[i]!;
      while (cursor < host.free.length && host.free[cursor]!.end <= start) cursor += 1;
      cursors[i] = cursor;
      const interval = host.free[cursor];
      const isFree = interval !== undefined && interval.start <= start && end <= interval.end;
      if (isFree) {
        hostIds.push(host.hostId);
        if (!host.isFixed) pooledFree = true;
      } else if (host.isFixed) {
        return null;
      }
    }
    if (hasPooled && !pooledFree) return null;
    return hostIds.length > 0 ? hostIds : null;
  };
}
