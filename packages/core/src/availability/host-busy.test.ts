import { describe, expect, it } from 'vitest';
import {
  bookingBlockInterval,
  collectHostBlocks,
  externalBlockInterval,
  isJoinableSeat,
} from './host-busy';
import { buildBooking, buildEvent, buildQuery, minutesOf } from './testing/build-query';

const booking = buildBooking('b1', '2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z', {
  beforeBufferMinutes: 10,
  afterBufferMinutes: 20,
});

describe('busy time', () => {
  it('widens a booking by its own buffers plus the requested event buffers on the facing sides', () => {
    const event = buildEvent({ beforeEventBufferMinutes: 5, afterEventBufferMinutes: 15 });
    expect(bookingBlockInterval(booking, event)).toEqual({
      start: booking.start - 25,
      end: booking.end + 25,
    });
  });

  it('widens calendar busy time by the requested event buffers only', () => {
    const event = buildEvent({ beforeEventBufferMinutes: 5, afterEventBufferMinutes: 15 });
    const busy = { hostId: 1, start: 100, end: 200, source: 'google' };
    expect(externalBlockInterval(busy, event)).toEqual({ start: 85, end: 205 });
  });

  it.each([
    ['a seated booking with a free seat is joinable', {}, {}, 30, true],
    ['a full seated booking is not', { attendeeCount: 3 }, {}, 30, false],
    ['a booking of another event type is not', { eventTypeId: 2 }, {}, 30, false],
    ['a booking of another length is not', {}, {}, 60, false],
    ['a non-blocking booking is not', { blocksAvailability: false }, {}, 30, false],
    ['nothing is joinable for an event without seats', {}, { seatsPerTimeSlot: null }, 30, false],
  ])('%s', (_name, bookingChanges, eventChanges, duration, expected) => {
    const seated = buildBooking('s1', '2026-03-09T14:00:00Z', '2026-03-09T14:30:00Z', {
      attendeeCount: 2,
      ...bookingChanges,
    });
    const query = buildQuery({ event: buildEvent({ seatsPerTimeSlot: 3, ...eventChanges }) });
    expect(isJoinableSeat(seated, query, duration)).toBe(expected);
  });

  it('collects blocks per host and skips rescheduled, non-blocking and unknown-host items', () => {
    const query = buildQuery({
      bookings: [
        buildBooking('keep', '2026-03-09T14:00:00Z', '2026-03-09T15:00:00Z', { hostIds: [1, 99] }),
        buildBooking('moving', '2026-03-09T16:00:00Z', '2026-03-09T17:00:00Z'),
        buildBooking('tentative', '2026-03-09T18:00:00Z', '2026-03-09T19:00:00Z', {
          blocksAvailability: false,
        }),
      ],
      busy: [
        {
          hostId: 1,
          start: minutesOf('2026-03-09T14:30:00Z'),
          end: minutesOf('2026-03-09T15:30:00Z'),
          source: 'caldav',
        },
      ],
      outOfOffice: [
        {
          hostId: 1,
          id: 7,
          start: minutesOf('2026-03-10T00:00:00Z'),
          end: minutesOf('2026-03-11T00:00:00Z'),
        },
      ],
      ignoreBookingUid: 'moving',
    });
    const blocks = collectHostBlocks(query, 30);
    expect([...blocks.keys()]).toEqual([1]);
    expect(blocks.get(1)?.blocked).toEqual([
      { start: minutesOf('2026-03-09T14:00:00Z'), end: minutesOf('2026-03-09T15:30:00Z') },
      { start: minutesOf('2026-03-10T00:00:00Z'), end: minutesOf('2026-03-11T00:00:00Z') },
    ]);
    expect(blocks.get(1)?.joinableSeats).toEqual([]);
  });
});
