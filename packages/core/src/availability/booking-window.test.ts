import { describe, expect, it } from 'vitest';
import type { BookingWindow } from './slot-query';
import {
  fixedWindowBounds,
  rollingWindowDays,
  rollingWindowEnd,
  withinBounds,
} from './booking-window';
import { formatLocalDate, parseLocalDate } from './civil-date';
import { isoOf, minutesOf } from './testing/build-query';

// Thursday 2026-03-12, 10:00 in New York.
const now = minutesOf('2026-03-12T14:00:00Z');
const bounds = (window: BookingWindow, bookerTimeZone = 'America/New_York') => {
  const found = fixedWindowBounds(window, now, bookerTimeZone, 'Europe/London');
  return (
    found && {
      start: found.start === null ? null : isoOf(found.start),
      end: found.end === null ? null : isoOf(found.end),
    }
  );
};

describe('booking window bounds', () => {
  it.each<[string, BookingWindow, string, { start: string | null; end: string | null } | null]>([
    [
      'unlimited has no bounds',
      { type: 'unlimited' },
      'America/New_York',
      { start: null, end: null },
    ],
    [
      'two calendar days end at the end of Saturday (booker zone)',
      { type: 'calendarDays', days: 2, rolling: false },
      'America/New_York',
      { start: null, end: '2026-03-15T04:00:00.000Z' },
    ],
    [
      'two business days skip the weekend to Monday',
      { type: 'businessDays', days: 2, rolling: false },
      'America/New_York',
      { start: null, end: '2026-03-17T04:00:00.000Z' },
    ],
    [
      'the booker zone decides what today is',
      { type: 'calendarDays', days: 0, rolling: false },
      'Pacific/Kiritimati',
      { start: null, end: '2026-03-13T10:00:00.000Z' },
    ],
    [
      'a range runs over whole days of the event zone',
      { type: 'range', startDate: '2026-03-20', endDate: '2026-03-31' },
      'America/New_York',
      { start: '2026-03-20T00:00:00.000Z', end: '2026-03-31T23:00:00.000Z' },
    ],
    [
      'a rolling window cannot be bounded without availability',
      { type: 'calendarDays', days: 5, rolling: true },
      'America/New_York',
      null,
    ],
  ])('%s', (_name, window, bookerTimeZone, expected) => {
    expect(bounds(window, bookerTimeZone)).toEqual(expected);
  });

  it('treats bounds as [start, end)', () => {
    expect(withinBounds({ start: 10, end: 20 }, 10)).toBe(true);
    expect(withinBounds({ start: 10, end: 20 }, 20)).toBe(false);
    expect(withinBounds({ start: null, end: null }, -5)).toBe(true);
  });
});

describe('rolling windows', () => {
  const days = (businessDaysOnly: boolean) =>
    rollingWindowDays(now, 'America/New_York', businessDaysOnly);

  it('examines 61 days from today plus the one after', () => {
    const calendar = days(false);
    expect(calendar).toHaveLength(62);
    expect(formatLocalDate(calendar[0]!)).toBe('2026-03-12');
    expect(formatLocalDate(calendar[1]!)).toBe('2026-03-13');
  });

  it('steps over weekends when counting business days', () => {
    expect(days(true).slice(0, 3).map(formatLocalDate)).toEqual([
      '2026-03-12',
      '2026-03-13',
      '2026-03-16',
    ]);
  });

  it.each([
    [
      'ends with the third day that has slots',
      ['2026-03-12', '2026-03-14', '2026-03-20'],
      3,
      '2026-03-21T04:00:00.000Z',
    ],
    [
      'ends with the last day found when fewer exist',
      ['2026-03-13'],
      3,
      '2026-03-14T04:00:00.000Z',
    ],
    ['ends the day after the examined days when none has slots', [], 3, '2026-05-13T04:00:00.000Z'],
    ['ends today when no days are needed', ['2026-03-13'], 0, '2026-03-13T04:00:00.000Z'],
  ])('%s', (_name, bookable, needed, expected) => {
    const set = new Set(bookable.map(parseLocalDate));
    expect(
      isoOf(rollingWindowEnd(days(false), needed, (day) => set.has(day), 'America/New_York')),
    ).toBe(expected);
  });
});
