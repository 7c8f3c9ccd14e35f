import { describe, expect, it } from 'vitest';
import type { GridSettings } from './slot-grid';
import { alignmentFor, gridStarts } from './slot-grid';
import { isoOf, minutesOf } from './testing/build-query';

const range = (start: string, end: string) => ({ start: minutesOf(start), end: minutesOf(end) });
const settings = (changes: Partial<GridSettings>): GridSettings => ({
  durationMinutes: 30,
  frequencyMinutes: 30,
  offsetStartMinutes: 0,
  bookerTimeZone: 'UTC',
  ...changes,
});
const starts = (ranges: Array<{ start: number; end: number }>, changes: Partial<GridSettings>) =>
  gridStarts(ranges, settings(changes)).map((start) => isoOf(start).slice(11, 16));

describe('alignmentFor', () => {
  it.each([
    [30, 30],
    [45, 15],
    [90, 30],
    [120, 60],
    [25, 5],
    [40, 20],
    [7, 1],
  ])('aligns a %i-minute frequency to %i minutes', (frequency, alignment) => {
    expect(alignmentFor(frequency)).toBe(alignment);
  });
});

describe('gridStarts', () => {
  it.each<[string, Array<{ start: number; end: number }>, Partial<GridSettings>, string[]]>([
    [
      'fills a range while the slot still fits',
      [range('2026-03-09T09:00Z', '2026-03-09T11:00Z')],
      {},
      ['09:00', '09:30', '10:00', '10:30'],
    ],
    [
      'aligns a ragged range start up to the alignment',
      [range('2026-03-09T09:05Z', '2026-03-09T11:00Z')],
      {},
      ['09:30', '10:00', '10:30'],
    ],
    [
      'steps by the slot interval while checking the duration',
      [range('2026-03-09T09:00Z', '2026-03-09T11:00Z')],
      { durationMinutes: 60, frequencyMinutes: 15 },
      ['09:00', '09:15', '09:30', '09:45', '10:00'],
    ],
    [
      'adds the offset after aligning and steps by frequency plus offset, as Cal.com does',
      [range('2026-03-09T09:00Z', '2026-03-09T11:00Z')],
      { durationMinutes: 25, frequencyMinutes: 25, offsetStartMinutes: 5 },
      ['09:05', '09:35', '10:05', '10:35'],
    ],
    [
      'restarts the grid at each range start',
      [
        range('2026-03-09T09:00Z', '2026-03-09T09:45Z'),
        range('2026-03-09T10:15Z', '2026-03-09T12:00Z'),
      ],
      { durationMinutes: 45, frequencyMinutes: 45 },
      ['09:00', '10:15', '11:00'],
    ],
    [
      'keeps a following range one step after the previous slot',
      [
        range('2026-03-09T09:00Z', '2026-03-09T09:20Z'),
        range('2026-03-09T09:30Z', '2026-03-09T11:00Z'),
      ],
      { durationMinutes: 15, frequencyMinutes: 45 },
      ['09:00', '09:45', '10:30'],
    ],
    [
      'aligns to the booker clock, not UTC',
      [range('2026-03-09T09:00Z', '2026-03-09T11:00Z')],
      { durationMinutes: 60, frequencyMinutes: 60, bookerTimeZone: 'Asia/Kolkata' },
      ['09:30'],
    ],
    [
      'gives nothing for a range shorter than the slot',
      [range('2026-03-09T09:00Z', '2026-03-09T09:20Z')],
      {},
      [],
    ],
  ])('%s', (_name, ranges, changes, expected) => {
    expect(starts(ranges, changes)).toEqual(expected);
  });

  it('continues a range that crosses the booker midnight on its own grid', () => {
    const ranges = [range('2026-03-09T22:30Z', '2026-03-10T01:00Z')];
    expect(starts(ranges, { durationMinutes: 45, frequencyMinutes: 45 })).toEqual([
      '22:30',
      '23:15',
      '00:00',
    ]);
  });

  it('restarts a range that covered a whole day at each following midnight', () => {
    const ranges = [range('2026-03-09T00:00Z', '2026-03-11T01:00Z')];
    const result = gridStarts(ranges, settings({ durationMinutes: 25, frequencyMinutes: 25 })).map(
      isoOf,
    );
    expect(result).toContain('2026-03-09T23:45:00.000Z');
    expect(result).toContain('2026-03-10T23:45:00.000Z');
    expect(result.filter((iso) => iso.startsWith('2026-03-11'))).toEqual([
      '2026-03-11T00:00:00.000Z',
      '2026-03-11T00:25:00.000Z',
    ]);
  });

  it('gives a day the same grid whether or not the days before it are searched', () => {
    const long = [range('2026-03-07T00:00Z', '2026-03-11T00:00Z')];
    const short = [range('2026-03-08T00:00Z', '2026-03-11T00:00Z')];
    const onTenth = (list: number[]) =>
      list.map(isoOf).filter((iso) => iso.startsWith('2026-03-10'));
    const grid = settings({ durationMinutes: 25, frequencyMinutes: 25 });
    expect(onTenth(gridStarts(short, grid))).toEqual(onTenth(gridStarts(long, grid)));
  });
});
