import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './civil-date';
import { isoOf, minutesOf } from './testing/build-query';
import { assertTimeZone, localToInstant, offsetAt, zoneDay, zoneDayAt } from './zone-day';

const day = (timeZone: string, date: string) => zoneDay(timeZone, parseLocalDate(date));

describe('zone days', () => {
  it.each([
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    ['Europe/London', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['Europe/London', '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05', '2026-04-04T13:00:00.000Z', '2026-04-05T13:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04', '2026-10-03T13:30:00.000Z', '2026-10-04T13:00:00.000Z'],
    ['Asia/Kolkata', '2026-03-09', '2026-03-08T18:30:00.000Z', '2026-03-09T18:30:00.000Z'],
    ['Pacific/Chatham', '2026-01-15', '2026-01-14T10:15:00.000Z', '2026-01-15T10:15:00.000Z'],
  ])('%s %s runs from %s to %s', (timeZone, date, start, end) => {
    const found = day(timeZone, date);
    expect(isoOf(found.start)).toBe(start);
    expect(isoOf(found.end)).toBe(end);
  });

  it.each([
    ['America/New_York', '2026-03-08', '2026-03-08T07:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T06:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05', '2026-04-04T15:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04', '2026-10-03T15:30:00.000Z'],
  ])('finds the %s offset change of %s at %s', (timeZone, date, transition) => {
    const found = day(timeZone, date);
    expect(found.transition).not.toBeNull();
    expect(isoOf(found.transition ?? 0)).toBe(transition);
  });

  it.each([
    [
      'a gap time resolves to the end of the gap',
      'America/New_York',
      '2026-03-08',
      150,
      '2026-03-08T07:00:00.000Z',
    ],
    [
      'an ambiguous time resolves to its first occurrence',
      'America/New_York',
      '2026-11-01',
      90,
      '2026-11-01T05:30:00.000Z',
    ],
    [
      'a time after a fall-back uses the new offset',
      'America/New_York',
      '2026-11-01',
      150,
      '2026-11-01T07:30:00.000Z',
    ],
    [
      'Lord Howe half-hour gap resolves to its end',
      'Australia/Lord_Howe',
      '2026-10-04',
      135,
      '2026-10-03T15:30:00.000Z',
    ],
    [
      'Lord Howe ambiguous half hour takes the first one',
      'Australia/Lord_Howe',
      '2026-04-05',
      105,
      '2026-04-04T14:45:00.000Z',
    ],
  ])('%s', (_name, timeZone, date, minuteOfDay, expected) => {
    expect(isoOf(localToInstant(day(timeZone, date), minuteOfDay))).toBe(expected);
  });

  it('tiles time: each day ends where the next begins, across a year of transitions', () => {
    for (const timeZone of [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'America/Santiago',
    ]) {
      const first = parseLocalDate('2026-01-01');
      for (let dayIndex = first; dayIndex < first + 366; dayIndex += 1) {
        expect(zoneDay(timeZone, dayIndex).end).toBe(zoneDay(timeZone, dayIndex + 1).start);
      }
    }
  });

  it.each([
    ['America/New_York', '2026-03-08T06:59:00Z', -300],
    ['America/New_York', '2026-03-08T07:00:00Z', -240],
    ['Asia/Kolkata', '2026-03-08T07:00:00Z', 330],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', 630],
  ])('gives the %s offset at %s as %i minutes', (timeZone, iso, offset) => {
    expect(offsetAt(timeZone, minutesOf(iso))).toBe(offset);
  });

  it('finds the local day containing an instant near midnight', () => {
    expect(zoneDayAt('Asia/Kolkata', minutesOf('2026-03-08T18:29:00Z')).dayIndex).toBe(
      parseLocalDate('2026-03-08'),
    );
    expect(zoneDayAt('Asia/Kolkata', minutesOf('2026-03-08T18:30:00Z')).dayIndex).toBe(
      parseLocalDate('2026-03-09'),
    );
  });

  it('rejects unknown zones', () => {
    expect(() => assertTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => zoneDay('Nowhere/Special', 0)).toThrow(RangeError);
  });
});
