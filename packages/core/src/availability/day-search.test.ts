import { describe, expect, it } from 'vitest';
import { computeSlots } from './compute-slots';
import { firstSlotPerDay } from './day-search';
import type { SlotQuery } from './slot-query';
import {
  buildBooking,
  buildEvent,
  buildQuery,
  isoOf,
  minutesOf,
  startsOf,
} from './testing/build-query';

const monday = { start: minutesOf('2026-03-09T04:00:00Z'), end: minutesOf('2026-03-10T04:00:00Z') };
const week = { start: minutesOf('2026-03-09T04:00:00Z'), end: minutesOf('2026-03-14T04:00:00Z') };

describe('seats', () => {
  const seated = (attendeeCount: number) =>
    buildQuery({
      window: monday,
      event: buildEvent({ lengthMinutes: 60, slotIntervalMinutes: 30, seatsPerTimeSlot: 3 }),
      bookings: [
        buildBooking('s1', '2026-03-09T15:00:00Z', '2026-03-09T16:00:00Z', { attendeeCount }),
      ],
    });

  it('offers the start of a seated booking with free seats, and no start overlapping it', () => {
    const slots = computeSlots(seated(2)).filter(
      (slot) => isoOf(slot.start) >= '2026-03-09T14:00:00.000Z',
    );
    expect(slots.slice(0, 3)).toEqual([
      {
        start: minutesOf('2026-03-09T14:00:00Z'),
        end: minutesOf('2026-03-09T15:00:00Z'),
        hostIds: [1],
        seats: { booked: 0, remaining: 3, total: 3 },
      },
      {
        start: minutesOf('2026-03-09T15:00:00Z'),
        end: minutesOf('2026-03-09T16:00:00Z'),
        hostIds: [1],
        seats: { booked: 2, remaining: 1, total: 3, bookingUid: 's1' },
      },
      {
        start: minutesOf('2026-03-09T16:00:00Z'),
        end: minutesOf('2026-03-09T17:00:00Z'),
        hostIds: [1],
        seats: { booked: 0, remaining: 3, total: 3 },
      },
    ]);
  });

  it('does not offer a seated booking once it is full', () => {
    const starts = startsOf(computeSlots(seated(3)));
    expect(starts).not.toContain('2026-03-09T15:00:00.000Z');
    expect(starts).toContain('2026-03-09T16:00:00.000Z');
  });

  it('does not offer a seat when the host became busy since', () => {
    const query = seated(1);
    query.busy = [
      {
        hostId: 1,
        start: minutesOf('2026-03-09T15:30:00Z'),
        end: minutesOf('2026-03-09T15:45:00Z'),
        source: 'google',
      },
    ];
    expect(startsOf(computeSlots(query))).not.toContain('2026-03-09T15:00:00.000Z');
  });
});

describe('first slot of the day', () => {
  it('offers only the first slot of each booker day, wherever the window starts', () => {
    const event = buildEvent({ onlyShowFirstAvailableSlot: true });
    const bookings = [buildBooking('b', '2026-03-09T13:00:00Z', '2026-03-09T14:00:00Z')];
    expect(
      startsOf(computeSlots(buildQuery({ window: week, event, bookings }))).slice(0, 2),
    ).toEqual(['2026-03-09T14:00:00.000Z', '2026-03-10T13:00:00.000Z']);
    const fromNoon = { start: minutesOf('2026-03-09T16:00:00Z'), end: week.end };
    expect(
      startsOf(computeSlots(buildQuery({ window: fromNoon, event, bookings }))).slice(0, 1),
    ).toEqual(['2026-03-10T13:00:00.000Z']);
  });

  it('keeps the earliest slot of each local day of the given zone', () => {
    const slots = ['2026-03-09T03:00:00Z', '2026-03-09T05:00:00Z', '2026-03-09T06:00:00Z'].map(
      (iso) => ({
        start: minutesOf(iso),
        end: minutesOf(iso) + 30,
        hostIds: [1],
      }),
    );
    expect(startsOf(firstSlotPerDay(slots, 'America/New_York'))).toEqual([
      '2026-03-09T03:00:00.000Z',
      '2026-03-09T05:00:00.000Z',
    ]);
  });
});

describe('teams', () => {
  const host = (hostId: number, isFixed: boolean, startTime: string, endTime: string) => ({
    hostId,
    isFixed,
    schedule: { timeZone: 'UTC', rules: [{ days: [1], startTime, endTime }], overrides: [] },
  });
  const slotsOf = (hosts: SlotQuery['hosts']) =>
    computeSlots(
      buildQuery({
        window: monday,
        bookerTimeZone: 'UTC',
        event: buildEvent({ lengthMinutes: 60 }),
        hosts,
      }),
    ).map((slot) => [isoOf(slot.start).slice(11, 16), slot.hostIds]);

  it('unions round-robin hosts and names who is free', () => {
    expect(slotsOf([host(1, false, '09:00', '11:00'), host(2, false, '10:00', '12:00')])).toEqual([
      ['09:00', [1]],
      ['10:00', [1, 2]],
      ['11:00', [2]],
    ]);
  });

  it('does not offer a slot that only two half-free hosts cover together', () => {
    expect(slotsOf([host(1, false, '09:00', '09:30'), host(2, false, '09:30', '10:00')])).toEqual(
      [],
    );
  });

  it('intersects fixed hosts', () => {
    expect(slotsOf([host(1, true, '09:00', '12:00'), host(2, true, '10:00', '13:00')])).toEqual([
      ['10:00', [1, 2]],
      ['11:00', [1, 2]],
    ]);
  });

  it('needs every fixed host and one pooled host', () => {
    expect(
      slotsOf([
        host(1, true, '09:00', '12:00'),
        host(2, false, '08:00', '10:00'),
        host(3, false, '11:00', '13:00'),
      ]),
    ).toEqual([
      ['09:00', [1, 2]],
      ['11:00', [1, 3]],
    ]);
  });
});
