import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  civilFromDayIndex,
  dayIndexFromCivil,
  formatClockTime,
  formatLocalDate,
  modulo,
  parseClockTime,
  parseLocalDate,
  weekdayOf,
} from './civil-date';

describe('civil dates', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1969-12-31', -1, 3],
    ['2000-02-29', 11016, 2],
    ['2026-03-08', 20520, 0],
    ['2026-11-01', 20758, 0],
    ['2100-03-01', 47541, 1],
  ])('maps %s to day %i, weekday %i, and back', (text, dayIndex, weekday) => {
    expect(parseLocalDate(text)).toBe(dayIndex);
    expect(formatLocalDate(dayIndex)).toBe(text);
    expect(weekdayOf(dayIndex)).toBe(weekday);
  });

  it('round-trips every day over four centuries', () => {
    const mismatches: number[] = [];
    for (let dayIndex = -146097; dayIndex < 146097; dayIndex += 1) {
      const { year, month, day } = civilFromDayIndex(dayIndex);
      if (dayIndexFromCivil(year, month, day) !== dayIndex) mismatches.push(dayIndex);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', ''])(
    'rejects %j as a date',
    (text) => {
      expect(() => parseLocalDate(text)).toThrow(RangeError);
    },
  );

  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
    ['17:00:00', 1020],
  ])('reads the clock time %s as minute %i', (text, minute) => {
    expect(parseClockTime(text)).toBe(minute);
  });

  it.each(['9:00', '24:01', '12:60', 'noon'])('rejects %j as a clock time', (text) => {
    expect(() => parseClockTime(text)).toThrow(RangeError);
  });

  it('writes clock times with seconds', () => {
    expect(formatClockTime(545)).toBe('09:05:00');
  });

  it.each([
    ['a Friday plus one business day is the Monday', '2026-03-13', 1, '2026-03-16'],
    ['a Saturday plus one business day is the Monday', '2026-03-14', 1, '2026-03-16'],
    ['a Monday plus five business days is the next Monday', '2026-03-09', 5, '2026-03-16'],
    ['zero business days stay on the same day', '2026-03-14', 0, '2026-03-14'],
  ])('%s', (_name, from, count, expected) => {
    expect(formatLocalDate(addBusinessDays(parseLocalDate(from), count))).toBe(expected);
  });

  it('keeps remainders non-negative for negative values', () => {
    expect(modulo(-1, 7)).toBe(6);
    expect(modulo(8, 7)).toBe(1);
  });
});
