import { describe, expect, it } from 'vitest';
import { explainStart } from './explain-start';
import type { ReasonCode } from './reasons';
import { REASON_CODES } from './reasons';
import type { SlotQuery } from './slot-query';
import {
  buildBooking,
  buildEvent,
  buildQuery,
  minutesOf,
  singleHost,
  workWeek,
} from './testing/build-query';

const at = '2026-03-09T14:00:00Z';
const codesAt = (changes: Partial<SlotQuery>, iso = at) =>
  explainStart(buildQuery(changes), minutesOf(iso)).reasons.map((reason) => reason.code);

const cases: Array<[string, Partial<SlotQuery>, string, ReasonCode[]]> = [
  ['a past start', { now: minutesOf('2026-03-09T15:00:00Z') }, at, ['IN_THE_PAST']],
  [
    'a start inside the notice',
    {
      now: minutesOf('2026-03-09T13:30:00Z'),
      event: buildEvent({ minimumBookingNoticeMinutes: 120 }),
    },
    at,
    ['MINIMUM_NOTICE'],
  ],
  [
    'a past start with notice',
    {
      now: minutesOf('2026-03-09T15:00:00Z'),
      event: buildEvent({ minimumBookingNoticeMinutes: 60 }),
    },
    at,
    ['IN_THE_PAST', 'MINIMUM_NOTICE'],
  ],
  [
    'a start after the booking window',
    { event: buildEvent({ bookingWindow: { type: 'calendarDays', days: 3, rolling: false } }) },
    at,
    ['OUTSIDE_BOOKING_WINDOW'],
  ],
  [
    'a start before a range window',
    {
      event: buildEvent({
        bookingWindow: { type: 'range', startDate: '2026-03-10', endDate: '2026-03-12' },
      }),
    },
    at,
    ['OUTSIDE_BOOKING_WINDOW'],
  ],
  ['a start outside working hours', {}, '2026-03-09T12:00:00Z', ['OUTSIDE_SCHEDULE']],
  ['a start on a Saturday', {}, '2026-03-14T14:00:00Z', ['OUTSIDE_SCHEDULE']],
  [
    'a start on a date closed by an override',
    {
      hosts: singleHost(
        workWeek('America/New_York', [
          { date: '2026-03-09', startTime: '00:00', endTime: '00:00' },
        ]),
      ),
    },
    at,
    ['DATE_OVERRIDE'],
  ],
  [
    'a start out of office',
    {
      outOfOffice: [
        {
          hostId: 1,
          id: 4,
          start: minutesOf('2026-03-09T00:00:00Z'),
          end: minutesOf('2026-03-10T00:00:00Z'),
        },
      ],
    },
    at,
    ['OUT_OF_OFFICE'],
  ],
  [
    'a booked start',
    { bookings: [buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z')] },
    at,
    ['BOOKED'],
  ],
  [
    'a start in a calendar busy period',
    {
      busy: [
        {
          hostId: 1,
          start: minutesOf('2026-03-09T14:15:00Z'),
          end: minutesOf('2026-03-09T14:20:00Z'),
          source: 'google',
        },
      ],
    },
    at,
    ['CALENDAR_BUSY'],
  ],
  [
    'a start in a day at its booking limit',
    {
      event: buildEvent({ bookingLimitsCount: { day: 1 } }),
      bookings: [buildBooking('b1', '2026-03-09T16:00:00Z', '2026-03-09T16:30:00Z')],
    },
    at,
    ['BOOKING_LIMIT'],
  ],
  ['a start off the slot grid', {}, '2026-03-09T14:10:00Z', ['NOT_ON_SLOT_GRID']],
  [
    'a start that is not the first of its day',
    { event: buildEvent({ onlyShowFirstAvailableSlot: true }) },
    at,
    ['NOT_FIRST_SLOT_OF_DAY'],
  ],
  [
    'a duration that is not offered',
    { durationMinutes: 45, event: buildEvent({ durationOptionsMinutes: [30, 60] }) },
    at,
    ['INVALID_DURATION'],
  ],
  ['an event without hosts', { hosts: [] }, at, ['NO_HOSTS']],
  [
    'a full seated booking',
    {
      event: buildEvent({ seatsPerTimeSlot: 2 }),
      bookings: [
        buildBooking('s1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z', { attendeeCount: 2 }),
      ],
    },
    at,
    ['BOOKED', 'SEATS_FULL'],
  ],
  [
    'every reason at once, not just the first',
    {
      now: minutesOf('2026-03-09T15:00:00Z'),
      bookings: [buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z')],
      busy: [
        {
          hostId: 1,
          start: minutesOf('2026-03-09T14:00:00Z'),
          end: minutesOf('2026-03-09T15:00:00Z'),
          source: 'caldav',
        },
      ],
    },
    at,
    ['IN_THE_PAST', 'CALENDAR_BUSY', 'BOOKED'],
  ],
];

describe('explainStart', () => {
  it('says a free grid start is bookable, by whom, with no reasons', () => {
    expect(explainStart(buildQuery(), minutesOf(at))).toEqual({
      bookable: true,
      hostIds: [1],
      reasons: [],
    });
  });

  it.each(cases)('explains %s', (_name, changes, iso, expected) => {
    expect(codesAt(changes, iso)).toEqual(expected);
  });

  it('has a case for every reason code', () => {
    const covered = new Set(cases.flatMap(([, , , codes]) => codes));
    expect(REASON_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('tells a buffer overlap apart from a booking overlap', () => {
    const bookings = [
      buildBooking('b1', '2026-03-09T14:30:00Z', '2026-03-09T15:00:00Z', {
        beforeBufferMinutes: 10,
      }),
    ];
    expect(explainStart(buildQuery({ bookings }), minutesOf(at)).reasons).toEqual([
      {
        code: 'BOOKED',
        message: expect.any(String),
        hostId: 1,
        bookingUid: 'b1',
        isBufferOnly: true,
      },
    ]);
  });

  it('gives the details of a limit', () => {
    const event = buildEvent({ bookingLimitsDuration: { week: 60 } });
    const bookings = [buildBooking('b1', '2026-03-10T16:00:00Z', '2026-03-10T16:45:00Z')];
    expect(explainStart(buildQuery({ event, bookings }), minutesOf(at)).reasons).toEqual([
      {
        code: 'BOOKING_LIMIT',
        message: expect.any(String),
        hostId: 1,
        period: 'week',
        kind: 'duration',
        limit: 60,
        used: 45,
      },
    ]);
  });

  it('names the override date and the out-of-office entry', () => {
    const hosts = singleHost(
      workWeek('America/New_York', [{ date: '2026-03-09', startTime: '11:00', endTime: '12:00' }]),
    );
    expect(explainStart(buildQuery({ hosts }), minutesOf(at)).reasons).toMatchObject([
      { code: 'DATE_OVERRIDE', date: '2026-03-09', hostId: 1 },
    ]);
    const outOfOffice = [
      { hostId: 1, id: 42, start: minutesOf(at), end: minutesOf('2026-03-09T20:00:00Z') },
    ];
    expect(explainStart(buildQuery({ outOfOffice }), minutesOf(at)).reasons).toMatchObject([
      { code: 'OUT_OF_OFFICE', outOfOfficeId: 42 },
    ]);
  });

  it('offers a seat in a seated booking with room', () => {
    const query = buildQuery({
      event: buildEvent({ seatsPerTimeSlot: 3 }),
      bookings: [
        buildBooking('s1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z', { attendeeCount: 1 }),
      ],
    });
    expect(explainStart(query, minutesOf(at))).toEqual({
      bookable: true,
      hostIds: [1],
      reasons: [],
    });
  });

  it('ignores a busy pooled host while another pooled host is free', () => {
    const hosts = [
      { hostId: 1, isFixed: false, schedule: workWeek('America/New_York') },
      { hostId: 2, isFixed: false, schedule: workWeek('America/New_York') },
    ];
    const bookings = [buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z')];
    expect(explainStart(buildQuery({ hosts, bookings }), minutesOf(at))).toEqual({
      bookable: true,
      hostIds: [2],
      reasons: [],
    });
  });

  it('lists every pooled host when none is free, and names the free ones otherwise', () => {
    const hosts = [
      { hostId: 1, isFixed: false, schedule: workWeek('America/New_York') },
      { hostId: 2, isFixed: false, schedule: workWeek('Asia/Kolkata') },
      { hostId: 3, isFixed: true, schedule: workWeek('America/New_York') },
    ];
    const bookings = [buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z')];
    const result = explainStart(buildQuery({ hosts, bookings }), minutesOf('2026-03-09T14:00:00Z'));
    expect(result.bookable).toBe(false);
    expect(
      result.reasons.map((reason) => [reason.code, 'hostId' in reason ? reason.hostId : null]),
    ).toEqual([
      ['BOOKED', 1],
      ['OUTSIDE_SCHEDULE', 2],
    ]);
    expect(result.hostIds).toEqual([3]);
  });
});
