import { describe, expect, it } from 'vitest';
import { checkDuration, computeSlots } from './compute-slots';
import { groupSlotsByLocalDate } from './format-local';
import type { ScheduleRules } from './schedule-intervals';
import type { SlotQuery } from './slot-query';
import {
  buildBooking,
  buildEvent,
  buildQuery,
  isoOf,
  minutesOf,
  singleHost,
  startsOf,
  workWeek,
} from './testing/build-query';

const monday = { start: minutesOf('2026-03-09T04:00:00Z'), end: minutesOf('2026-03-10T04:00:00Z') };
const mondayStarts = (changes: Partial<SlotQuery>) =>
  startsOf(computeSlots(buildQuery({ window: monday, ...changes })));
const allDay = (timeZone: string): ScheduleRules => ({
  timeZone,
  rules: [{ days: [0, 1, 2, 3, 4, 5, 6], startTime: '00:00', endTime: '23:59' }],
  overrides: [],
});

describe('computeSlots: the PRD example', () => {
  it('offers 16 half-hour starts on each weekday of a 9-to-5 New York host and none at the weekend', () => {
    const query = buildQuery({
      window: { start: minutesOf('2026-03-09T04:00:00Z'), end: minutesOf('2026-03-16T04:00:00Z') },
    });
    const byDate = groupSlotsByLocalDate(computeSlots(query), 'America/New_York');
    expect(Object.keys(byDate)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
    ]);
    for (const slots of Object.values(byDate)) expect(slots).toHaveLength(16);
    expect(startsOf(byDate['2026-03-09'] ?? []).slice(0, 2)).toEqual([
      '2026-03-09T13:00:00.000Z',
      '2026-03-09T13:30:00.000Z',
    ]);
    expect(isoOf(byDate['2026-03-13']?.at(-1)?.end ?? 0)).toBe('2026-03-13T21:00:00.000Z');
  });

  it('keeps 09:00 local across the New York spring change', () => {
    const query = buildQuery({
      window: { start: minutesOf('2026-03-06T05:00:00Z'), end: minutesOf('2026-03-10T04:00:00Z') },
    });
    const firsts = Object.values(
      groupSlotsByLocalDate(computeSlots(query), 'America/New_York'),
    ).map((slots) => isoOf(slots[0]?.start ?? 0));
    expect(firsts).toEqual(['2026-03-06T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });
});

describe('computeSlots: time rules', () => {
  it.each<[string, Partial<SlotQuery>, string[]]>([
    [
      'minimum notice drops starts before now + notice and keeps the grid',
      {
        now: minutesOf('2026-03-09T14:05:00Z'),
        event: buildEvent({ minimumBookingNoticeMinutes: 60 }),
      },
      ['2026-03-09T15:30:00.000Z', '2026-03-09T16:00:00.000Z'],
    ],
    [
      'the clock does not move a 45-minute grid',
      { now: minutesOf('2026-03-09T14:07:00Z'), event: buildEvent({ lengthMinutes: 45 }) },
      ['2026-03-09T14:30:00.000Z', '2026-03-09T15:15:00.000Z'],
    ],
    [
      'a start exactly at now is still offered',
      { now: minutesOf('2026-03-09T13:00:00Z') },
      ['2026-03-09T13:00:00.000Z', '2026-03-09T13:30:00.000Z'],
    ],
    [
      'offsetStart shifts aligned starts and widens the step',
      { event: buildEvent({ lengthMinutes: 25, offsetStartMinutes: 5 }) },
      ['2026-03-09T13:05:00.000Z', '2026-03-09T13:35:00.000Z', '2026-03-09T14:05:00.000Z'],
    ],
    [
      'a slot interval shorter than the duration gives overlapping starts',
      { event: buildEvent({ lengthMinutes: 60, slotIntervalMinutes: 15 }) },
      ['2026-03-09T13:00:00.000Z', '2026-03-09T13:15:00.000Z', '2026-03-09T13:30:00.000Z'],
    ],
    [
      'a chosen duration replaces the default length',
      { durationMinutes: 60, event: buildEvent({ durationOptionsMinutes: [30, 60] }) },
      ['2026-03-09T13:00:00.000Z', '2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z'],
    ],
  ])('%s', (_name, changes, expectedFirst) => {
    expect(mondayStarts(changes).slice(0, expectedFirst.length)).toEqual(expectedFirst);
  });

  it.each<[string, Partial<SlotQuery>]>([
    [
      'a duration outside the options',
      { durationMinutes: 45, event: buildEvent({ durationOptionsMinutes: [30, 60] }) },
    ],
    ['a zero duration', { durationMinutes: 0 }],
    ['an empty window', { window: { start: 10, end: 10 } }],
    ['no hosts', { hosts: [] }],
  ])('offers nothing for %s', (_name, changes) => {
    expect(computeSlots(buildQuery(changes))).toEqual([]);
  });

  it('only offers starts inside the requested window, but lets slots end after it', () => {
    const window = {
      start: minutesOf('2026-03-09T14:00:00Z'),
      end: minutesOf('2026-03-09T15:00:00Z'),
    };
    const slots = computeSlots(buildQuery({ window }));
    expect(startsOf(slots)).toEqual(['2026-03-09T14:00:00.000Z', '2026-03-09T14:30:00.000Z']);
    expect(isoOf(slots[1]?.end ?? 0)).toBe('2026-03-09T15:00:00.000Z');
  });

  it('reports a chosen duration as allowed only when offered', () => {
    expect(
      checkDuration(
        buildQuery({
          durationMinutes: 60,
          event: buildEvent({ durationOptionsMinutes: [30, 60] }),
        }),
      ),
    ).toEqual({
      ok: true,
      durationMinutes: 60,
    });
    expect(
      checkDuration(
        buildQuery({ durationMinutes: 45, event: buildEvent({ durationOptionsMinutes: [60] }) }),
      ),
    ).toMatchObject({
      ok: false,
      reason: { code: 'INVALID_DURATION', allowedDurations: [30, 60] },
    });
  });
});

describe('computeSlots: busy time', () => {
  const morning = (starts: string[]) =>
    starts
      .filter((iso) => iso < '2026-03-09T17:00:00.000Z')
      .map((iso) => iso.slice(11, 16))
      .join(' ');

  it.each<[string, Partial<SlotQuery>, string]>([
    [
      'a booking blocks its own time',
      { bookings: [buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z')] },
      '13:00 13:30 15:00 15:30 16:00 16:30',
    ],
    [
      'buffers of both events widen a booking and the grid restarts after it',
      {
        event: buildEvent({ beforeEventBufferMinutes: 10, afterEventBufferMinutes: 5 }),
        bookings: [
          buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z', {
            beforeBufferMinutes: 15,
            afterBufferMinutes: 15,
          }),
        ],
      },
      '13:00 15:30 16:00 16:30',
    ],
    [
      'calendar busy time blocks, widened by the event buffers',
      {
        event: buildEvent({ afterEventBufferMinutes: 10 }),
        busy: [
          {
            hostId: 1,
            start: minutesOf('2026-03-09T14:00:00Z'),
            end: minutesOf('2026-03-09T16:00:00Z'),
            source: 'google',
          },
        ],
      },
      '13:00 16:00 16:30',
    ],
    [
      'out-of-office blocks its span',
      {
        outOfOffice: [
          {
            hostId: 1,
            id: 3,
            start: minutesOf('2026-03-09T13:00:00Z'),
            end: minutesOf('2026-03-09T16:00:00Z'),
          },
        ],
      },
      '16:00 16:30',
    ],
    [
      'the booking being rescheduled frees its time',
      {
        bookings: [buildBooking('b1', '2026-03-09T13:00:00Z', '2026-03-09T17:00:00Z')],
        ignoreBookingUid: 'b1',
      },
      '13:00 13:30 14:00 14:30 15:00 15:30 16:00 16:30',
    ],
    [
      'a booking that does not block is ignored',
      {
        bookings: [
          buildBooking('b1', '2026-03-09T13:00:00Z', '2026-03-09T16:30:00Z', {
            blocksAvailability: false,
          }),
        ],
      },
      '13:00 13:30 14:00 14:30 15:00 15:30 16:00 16:30',
    ],
    [
      "another host's booking does not block",
      {
        bookings: [
          buildBooking('b1', '2026-03-09T13:00:00Z', '2026-03-09T16:30:00Z', { hostIds: [2] }),
        ],
      },
      '13:00 13:30 14:00 14:30 15:00 15:30 16:00 16:30',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(morning(mondayStarts(changes))).toEqual(expected);
  });
});

describe('computeSlots: limits and windows', () => {
  const week = { start: minutesOf('2026-03-09T04:00:00Z'), end: minutesOf('2026-03-14T04:00:00Z') };
  const days = (query: SlotQuery) =>
    Object.keys(groupSlotsByLocalDate(computeSlots(query), 'America/New_York'));
  const tuesdayBooking = buildBooking('t1', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z');

  it.each<[string, Partial<SlotQuery>, string[]]>([
    [
      'a reached day count limit closes that day',
      { bookings: [tuesdayBooking], event: buildEvent({ bookingLimitsCount: { day: 1 } }) },
      ['2026-03-09', '2026-03-11', '2026-03-12', '2026-03-13'],
    ],
    [
      'a reached week count limit closes the week',
      { bookings: [tuesdayBooking], event: buildEvent({ bookingLimitsCount: { week: 1 } }) },
      [],
    ],
    [
      'a duration limit counts the candidate length',
      {
        bookings: [tuesdayBooking],
        event: buildEvent({ lengthMinutes: 60, bookingLimitsDuration: { day: 90 } }),
      },
      ['2026-03-09', '2026-03-11', '2026-03-12', '2026-03-13'],
    ],
    [
      'bookings of other event types do not count',
      {
        bookings: [{ ...tuesdayBooking, eventTypeId: 9 }],
        event: buildEvent({ bookingLimitsCount: { day: 1 } }),
      },
      ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'],
    ],
    [
      'a calendar-day window ends with the last day (booker zone)',
      {
        now: minutesOf('2026-03-09T12:00:00Z'),
        event: buildEvent({ bookingWindow: { type: 'calendarDays', days: 2, rolling: false } }),
      },
      ['2026-03-09', '2026-03-10', '2026-03-11'],
    ],
    [
      'a business-day window skips the weekend',
      {
        now: minutesOf('2026-03-06T12:00:00Z'),
        event: buildEvent({ bookingWindow: { type: 'businessDays', days: 2, rolling: false } }),
      },
      ['2026-03-09', '2026-03-10'],
    ],
    [
      'a range window keeps its dates',
      {
        event: buildEvent({
          bookingWindow: { type: 'range', startDate: '2026-03-10', endDate: '2026-03-11' },
        }),
      },
      ['2026-03-10', '2026-03-11'],
    ],
    [
      'a rolling window counts only days with slots',
      {
        now: minutesOf('2026-03-06T12:00:00Z'),
        bookings: [
          buildBooking('full', '2026-03-09T13:00:00Z', '2026-03-09T21:00:00Z', { eventTypeId: 5 }),
        ],
        event: buildEvent({ bookingWindow: { type: 'calendarDays', days: 3, rolling: true } }),
      },
      ['2026-03-10', '2026-03-11'],
    ],
  ])('%s', (_name, changes, expected) => {
    expect(days(buildQuery({ window: week, ...changes }))).toEqual(expected);
  });
});

describe('computeSlots: zones', () => {
  it.each<[string, Partial<SlotQuery>, string, number, string, string]>([
    [
      'a 25-hour New York day has 25 hourly starts',
      { hosts: singleHost(allDay('America/New_York')) },
      '2026-11-01',
      25,
      '2026-11-01T04:00:00.000Z',
      '2026-11-02T04:00:00.000Z',
    ],
    [
      'a 23-hour New York day has 23 hourly starts',
      { hosts: singleHost(allDay('America/New_York')) },
      '2026-03-08',
      23,
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T03:00:00.000Z',
    ],
    [
      'a 23-hour London day has 23 hourly starts',
      { bookerTimeZone: 'Europe/London', hosts: singleHost(allDay('Europe/London')) },
      '2026-03-29',
      23,
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ],
    [
      'a 25-hour London day has 25 hourly starts',
      { bookerTimeZone: 'Europe/London', hosts: singleHost(allDay('Europe/London')) },
      '2026-10-25',
      25,
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ],
    [
      'a 24.5-hour Lord Howe day steps on after its half-hour change',
      { bookerTimeZone: 'Australia/Lord_Howe', hosts: singleHost(allDay('Australia/Lord_Howe')) },
      '2026-04-05',
      25,
      '2026-04-04T13:00:00.000Z',
      '2026-04-05T13:00:00.000Z',
    ],
    [
      'a 23.5-hour Lord Howe day',
      { bookerTimeZone: 'Australia/Lord_Howe', hosts: singleHost(allDay('Australia/Lord_Howe')) },
      '2026-10-04',
      24,
      '2026-10-03T13:30:00.000Z',
      '2026-10-04T12:30:00.000Z',
    ],
    [
      'a Kolkata booker sees a UTC host aligned to Kolkata hours',
      { bookerTimeZone: 'Asia/Kolkata', hosts: singleHost({ ...workWeek('UTC') }) },
      '2026-03-09',
      7,
      '2026-03-09T09:30:00.000Z',
      '2026-03-09T15:30:00.000Z',
    ],
    [
      'a Kolkata host keeps its half-hour offset',
      { bookerTimeZone: 'Asia/Kolkata', hosts: singleHost(workWeek('Asia/Kolkata')) },
      '2026-03-09',
      8,
      '2026-03-09T03:30:00.000Z',
      '2026-03-09T10:30:00.000Z',
    ],
  ])('%s', (_name, changes, date, count, first, last) => {
    const query = buildQuery({
      event: buildEvent({ lengthMinutes: 60 }),
      window: { start: minutesOf('2026-02-28T00:00:00Z'), end: minutesOf('2026-12-01T00:00:00Z') },
      ...changes,
    });
    const ofDay = groupSlotsByLocalDate(computeSlots(query), query.bookerTimeZone)[date] ?? [];
    expect([ofDay.length, isoOf(ofDay[0]?.start ?? 0), isoOf(ofDay.at(-1)?.start ?? 0)]).toEqual([
      count,
      first,
      last,
    ]);
  });
});
