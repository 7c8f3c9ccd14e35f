import { describe, expect, it } from 'vitest';
import { computeSlots } from '../availability/compute-slots';
import { explainStart } from '../availability/explain-start';
import { buildBooking, buildQuery, minutesOf, workWeek } from '../availability/testing/build-query';
import type { HostInput } from '../availability/slot-query';

const ny = workWeek('America/New_York');
/** Two pooled hosts; host 1 may take one booking of this event type a day. */
const hosts: HostInput[] = [
  {
    hostId: 1,
    schedule: ny,
    isFixed: false,
    caps: { limits: { day: 1 }, timeZone: 'America/New_York', weekStartDay: 1 },
  },
  { hostId: 2, schedule: ny, isFixed: false },
];
const day = { start: minutesOf('2026-03-10T04:00:00Z'), end: minutesOf('2026-03-11T04:00:00Z') };

describe('per-host caps inside a round robin', () => {
  it('takes a capped host out of the rest of its day, leaving the others', () => {
    const booked = buildBooking('b1', '2026-03-10T13:00:00Z', '2026-03-10T13:30:00Z');
    const query = buildQuery({ hosts, bookings: [booked], window: day });
    const later = computeSlots(query).find(
      (slot) => slot.start === minutesOf('2026-03-10T18:00:00Z'),
    );
    expect(later?.hostIds).toEqual([2]);
    const explanation = explainStart(
      { ...query, hosts: [hosts[0]!] },
      minutesOf('2026-03-10T18:00:00Z'),
    );
    expect(explanation.reasons).toContainEqual(
      expect.objectContaining({ code: 'BOOKING_LIMIT', hostId: 1, period: 'day', limit: 1 }),
    );
  });

  it('counts only bookings of this event type, and frees the host the next day', () => {
    const other = buildBooking('b2', '2026-03-10T13:00:00Z', '2026-03-10T13:30:00Z', {
      eventTypeId: 7,
    });
    const query = buildQuery({ hosts, bookings: [other], window: day });
    const slot = computeSlots(query).find((s) => s.start === minutesOf('2026-03-10T18:00:00Z'));
    expect(slot?.hostIds).toEqual([1, 2]);
    const booked = buildBooking('b1', '2026-03-10T13:00:00Z', '2026-03-10T13:30:00Z');
    const nextDay = buildQuery({
      hosts,
      bookings: [booked],
      window: { start: day.end, end: day.end + 1440 },
    });
    expect(computeSlots(nextDay)[0]?.hostIds).toEqual([1, 2]);
  });

  it('closes the start when every host has reached its cap', () => {
    const capped = hosts.map((host) => ({
      ...host,
      caps: { limits: { week: 1 }, timeZone: 'UTC', weekStartDay: 1 },
    }));
    const booked = buildBooking('b1', '2026-03-09T13:00:00Z', '2026-03-09T13:30:00Z', {
      hostIds: [1, 2],
    });
    const query = buildQuery({ hosts: capped, bookings: [booked], window: day });
    expect(computeSlots(query)).toEqual([]);
  });
});
