import { modulo } from './civil-date';
import type { Interval } from './interval-algebra';
import type { ZoneDay } from './zone-day';
import { offsetWithin, zoneDay, zoneDayAt } from './zone-day';

/** What decides where slots may start. All values in minutes. */
export type GridSettings = {
  durationMinutes: number;
  /** Distance between consecutive starts before the offset (slot interval, or the duration). */
  frequencyMinutes: number;
  offsetStartMinutes: number;
  /** Starts are aligned to local clock minutes of this zone. */
  bookerTimeZone: string;
};

const ALIGNMENTS = [60, 30, 20, 15, 10, 5] as const;

/** The largest of 60/30/20/15/10/5 that divides the frequency, else 1 (Cal.com slots.ts). */
export function alignmentFor(frequencyMinutes: number): number {
  return ALIGNMENTS.find((alignment) => frequencyMinutes % alignment === 0) ?? 1;
}

/** First instant at or after `instant` whose local minute-of-hour is a multiple of `alignment`. */
function alignUp(instant: number, day: ZoneDay, alignment: number): number {
  const remainder = modulo(instant + offsetWithin(day, instant), alignment);
  return remainder === 0 ? instant : instant + alignment - remainder;
}

/**
 * Candidate slot starts within normalised free ranges, sorted ascending.
 *
 * As in Cal.com, each range starts its own grid: its start is aligned up to the alignment of the
 * frequency in the booker's local clock, plus offsetStart; starts then step by frequency +
 * offsetStart while start + duration still fits the range, and a range never starts closer than
 * one step after the previous slot.
 *
 * Unlike Cal.com, a range that has covered a whole local day restarts its grid at each following
 * local midnight, so the grid of a day never depends on where a search window begins.
 */
export function gridStarts(ranges: readonly Interval[], settings: GridSettings): number[] {
  const { durationMinutes: duration, offsetStartMinutes: offset, bookerTimeZone: zone } = settings;
  const step = settings.frequencyMinutes + offset;
  const alignment = alignmentFor(settings.frequencyMinutes);
  const starts: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const range of ranges) {
    let day = zoneDayAt(zone, range.start);
    let start = Math.max(alignUp(range.start, day, alignment) + offset, previous + step);
    for (;;) {
      for (; start < day.end && start + duration <= range.end; start += step) {
        starts.push(start);
        previous = start;
      }
      if (start + duration > range.end || day.end >= range.end) break;
      const coveredWholeDay = range.start <= day.start;
      day = zoneDay(zone, day.dayIndex + 1);
      if (coveredWholeDay) start = alignUp(day.start, day, alignment) + offset;
    }
  }
  return starts;
}
