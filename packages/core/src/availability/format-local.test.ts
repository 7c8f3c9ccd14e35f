import { describe, expect, it } from 'vitest';
import { formatLocal, formatUtcIso, groupSlotsByLocalDate } from './format-local';
import { minutesOf } from './testing/build-query';

describe('formatLocal', () => {
  it.each([
    [
      '2026-03-09T13:00:00Z',
      'America/New_York',
      '2026-03-09',
      '09:00:00',
      '2026-03-09T09:00:00.000-04:00',
    ],
    [
      '2026-03-08T06:30:00Z',
      'America/New_York',
      '2026-03-08',
      '01:30:00',
      '2026-03-08T01:30:00.000-05:00',
    ],
    [
      '2026-11-01T06:30:00Z',
      'America/New_York',
      '2026-11-01',
      '01:30:00',
      '2026-11-01T01:30:00.000-05:00',
    ],
    [
      '2026-11-01T05:30:00Z',
      'America/New_York',
      '2026-11-01',
      '01:30:00',
      '2026-11-01T01:30:00.000-04:00',
    ],
    [
      '2026-03-09T03:30:00Z',
      'Asia/Kolkata',
      '2026-03-09',
      '09:00:00',
      '2026-03-09T09:00:00.000+05:30',
    ],
    [
      '2026-04-04T15:00:00Z',
      'Australia/Lord_Howe',
      '2026-04-05',
      '01:30:00',
      '2026-04-05T01:30:00.000+10:30',
    ],
    ['2026-03-09T13:00:00Z', 'UTC', '2026-03-09', '13:00:00', '2026-03-09T13:00:00.000+00:00'],
    ['1969-12-31T23:00:00Z', 'UTC', '1969-12-31', '23:00:00', '1969-12-31T23:00:00.000+00:00'],
  ])('shows %s in %s as %s %s', (iso, timeZone, localDate, localTime, withOffset) => {
    const local = formatLocal(minutesOf(iso), timeZone);
    expect(local.localDate).toBe(localDate);
    expect(local.localTime).toBe(localTime);
    expect(local.iso).toBe(withOffset);
  });

  it('writes UTC ISO text', () => {
    expect(formatUtcIso(minutesOf('2026-03-09T13:05:00Z'))).toBe('2026-03-09T13:05:00.000Z');
  });
});

describe('groupSlotsByLocalDate', () => {
  it('groups by the local date of each start, not the UTC date', () => {
    const slots = [
      '2026-03-09T03:00:00Z',
      '2026-03-09T05:00:00Z',
      '2026-03-10T03:59:00Z',
      '2026-03-10T04:00:00Z',
    ].map((iso) => ({
      start: minutesOf(iso),
    }));
    const groups = groupSlotsByLocalDate(slots, 'America/New_York');
    expect(Object.keys(groups)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(groups['2026-03-09']).toHaveLength(2);
  });

  it('gives an empty record for no slots', () => {
    expect(groupSlotsByLocalDate([], 'UTC')).toEqual({});
  });
});
