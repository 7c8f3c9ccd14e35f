import { describe, expect, it } from 'vitest';
import type { ScheduleRules } from './schedule-intervals';
import {
  compileSchedule,
  overriddenDatesTouching,
  scheduleToIntervals,
} from './schedule-intervals';
import { isoOf, minutesOf } from './testing/build-query';

type Case = [
  name: string,
  schedule: ScheduleRules,
  from: string,
  to: string,
  expected: Array<[string, string]>,
];

const everyDay = (timeZone: string, startTime: string, endTime: string): ScheduleRules => ({
  timeZone,
  rules: [{ days: [0, 1, 2, 3, 4, 5, 6], startTime, endTime }],
  overrides: [],
});

const readable = (schedule: ScheduleRules, from: string, to: string) =>
  scheduleToIntervals(schedule, minutesOf(from), minutesOf(to)).map(({ start, end }) => [
    isoOf(start),
    isoOf(end),
  ]);

const cases: Case[] = [
  [
    'New York working hours move by an hour in UTC across the spring change',
    everyDay('America/New_York', '09:00', '17:00'),
    '2026-03-07T00:00:00Z',
    '2026-03-09T00:00:00Z',
    [
      ['2026-03-07T14:00:00.000Z', '2026-03-07T22:00:00.000Z'],
      ['2026-03-08T13:00:00.000Z', '2026-03-08T21:00:00.000Z'],
    ],
  ],
  [
    'a range over the New York spring gap covers only the real hour',
    everyDay('America/New_York', '01:00', '03:00'),
    '2026-03-08T00:00:00Z',
    '2026-03-09T00:00:00Z',
    [['2026-03-08T06:00:00.000Z', '2026-03-08T07:00:00.000Z']],
  ],
  [
    'a range over the New York fall-back covers the repeated hour (three real hours)',
    everyDay('America/New_York', '01:00', '03:00'),
    '2026-11-01T00:00:00Z',
    '2026-11-02T00:00:00Z',
    [['2026-11-01T05:00:00.000Z', '2026-11-01T08:00:00.000Z']],
  ],
  [
    'an ambiguous New York start takes its first occurrence',
    everyDay('America/New_York', '01:30', '01:45'),
    '2026-11-01T00:00:00Z',
    '2026-11-02T00:00:00Z',
    [['2026-11-01T05:30:00.000Z', '2026-11-01T05:45:00.000Z']],
  ],
  [
    'a whole London spring day is 23 hours long',
    everyDay('Europe/London', '00:00', '23:59'),
    '2026-03-29T00:00:00Z',
    '2026-03-29T23:00:00Z',
    [['2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z']],
  ],
  [
    'a London range starting in the gap starts when the gap ends',
    everyDay('Europe/London', '01:30', '02:30'),
    '2026-03-29T00:00:00Z',
    '2026-03-30T00:00:00Z',
    [['2026-03-29T01:00:00.000Z', '2026-03-29T01:30:00.000Z']],
  ],
  [
    'a whole London autumn day is 25 hours long',
    everyDay('Europe/London', '00:00', '23:59'),
    '2026-10-24T23:00:00Z',
    '2026-10-26T00:00:00Z',
    [['2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z']],
  ],
  [
    'Lord Howe 09:00-17:00 follows its half-hour autumn change',
    everyDay('Australia/Lord_Howe', '09:00', '17:00'),
    '2026-04-03T12:00:00Z',
    '2026-04-05T12:00:00Z',
    [
      ['2026-04-03T22:00:00.000Z', '2026-04-04T06:00:00.000Z'],
      ['2026-04-04T22:30:00.000Z', '2026-04-05T06:30:00.000Z'],
    ],
  ],
  [
    'Lord Howe 01:00-03:00 on the autumn change lasts two and a half hours',
    everyDay('Australia/Lord_Howe', '01:00', '03:00'),
    '2026-04-04T12:00:00Z',
    '2026-04-05T12:00:00Z',
    [['2026-04-04T14:00:00.000Z', '2026-04-04T16:30:00.000Z']],
  ],
  [
    'Lord Howe 02:00-03:00 on the spring change loses the half-hour gap',
    everyDay('Australia/Lord_Howe', '02:00', '03:00'),
    '2026-10-03T12:00:00Z',
    '2026-10-04T12:00:00Z',
    [['2026-10-03T15:30:00.000Z', '2026-10-03T16:00:00.000Z']],
  ],
  [
    'Kolkata hours sit on half hours in UTC',
    everyDay('Asia/Kolkata', '09:00', '17:00'),
    '2026-03-09T00:00:00Z',
    '2026-03-10T00:00:00Z',
    [['2026-03-09T03:30:00.000Z', '2026-03-09T11:30:00.000Z']],
  ],
  [
    'consecutive whole days merge into one range',
    everyDay('UTC', '00:00', '23:59'),
    '2026-03-09T00:00:00Z',
    '2026-03-12T00:00:00Z',
    [['2026-03-09T00:00:00.000Z', '2026-03-12T00:00:00.000Z']],
  ],
  [
    'results are clipped to the requested span',
    everyDay('UTC', '09:00', '17:00'),
    '2026-03-09T10:00:00Z',
    '2026-03-09T12:00:00Z',
    [['2026-03-09T10:00:00.000Z', '2026-03-09T12:00:00.000Z']],
  ],
  [
    'overlapping rules of a day merge',
    {
      timeZone: 'UTC',
      rules: [
        { days: [1], startTime: '09:00', endTime: '12:00' },
        { days: [1], startTime: '11:00', endTime: '13:00' },
        { days: [1], startTime: '14:00', endTime: '14:00' },
      ],
      overrides: [],
    },
    '2026-03-09T00:00:00Z',
    '2026-03-10T00:00:00Z',
    [['2026-03-09T09:00:00.000Z', '2026-03-09T13:00:00.000Z']],
  ],
  [
    'overrides replace the weekly hours of their date and combine with each other',
    {
      timeZone: 'UTC',
      rules: [{ days: [1, 2], startTime: '09:00', endTime: '17:00' }],
      overrides: [
        { date: '2026-03-09', startTime: '10:00', endTime: '11:00' },
        { date: '2026-03-09', startTime: '15:00', endTime: '16:00' },
        { date: '2026-03-14', startTime: '08:00', endTime: '09:00' },
      ],
    },
    '2026-03-09T00:00:00Z',
    '2026-03-15T00:00:00Z',
    [
      ['2026-03-09T10:00:00.000Z', '2026-03-09T11:00:00.000Z'],
      ['2026-03-09T15:00:00.000Z', '2026-03-09T16:00:00.000Z'],
      ['2026-03-10T09:00:00.000Z', '2026-03-10T17:00:00.000Z'],
      ['2026-03-14T08:00:00.000Z', '2026-03-14T09:00:00.000Z'],
    ],
  ],
  [
    'an override with equal start and end closes its whole date',
    {
      timeZone: 'UTC',
      rules: [{ days: [1, 2], startTime: '09:00', endTime: '17:00' }],
      overrides: [{ date: '2026-03-09', startTime: '00:00', endTime: '00:00' }],
    },
    '2026-03-09T00:00:00Z',
    '2026-03-11T00:00:00Z',
    [['2026-03-10T09:00:00.000Z', '2026-03-10T17:00:00.000Z']],
  ],
  [
    'a rule whose end is before its start covers nothing',
    everyDay('UTC', '22:00', '02:00'),
    '2026-03-09T00:00:00Z',
    '2026-03-11T00:00:00Z',
    [],
  ],
];

describe('scheduleToIntervals', () => {
  it.each(cases)('%s', (_name, schedule, from, to, expected) => {
    expect(readable(schedule, from, to)).toEqual(expected);
  });

  it('returns nothing for an empty span', () => {
    expect(scheduleToIntervals(everyDay('UTC', '00:00', '23:59'), 100, 100)).toEqual([]);
  });

  it('lists the overridden dates a span touches, in the schedule zone', () => {
    const compiled = compileSchedule({
      timeZone: 'Asia/Kolkata',
      rules: [],
      overrides: [{ date: '2026-03-10', startTime: '09:00', endTime: '10:00' }],
    });
    const touching = overriddenDatesTouching(
      compiled,
      minutesOf('2026-03-09T18:00:00Z'),
      minutesOf('2026-03-09T19:00:00Z'),
    );
    expect(touching).toHaveLength(1);
    expect(
      overriddenDatesTouching(
        compiled,
        minutesOf('2026-03-09T10:00:00Z'),
        minutesOf('2026-03-09T11:00:00Z'),
      ),
    ).toEqual([]);
  });
});
