/**
 * Benchmark of the availability engine (CPU only, no I/O): mean and p95 time per computeSlots
 * call on the workloads Cal.com's engine is measured on (ARCHITECTURE.md).
 *
 *   npx tsx scripts/bench-engine.ts
 */
import type { ExistingBooking, HostInput, ScheduleRules, SlotQuery } from '@kairos/core';
import { computeSlots, explainStart } from '@kairos/core';

/** One benchmark case's result, in milliseconds per call. */
export type EngineBenchResult = { name: string; meanMs: number; p95Ms: number };

const minutesOf = (iso: string): number => Date.parse(iso) / 60_000;

const WINDOW = { start: minutesOf('2026-03-01T05:00:00Z'), end: minutesOf('2026-04-01T04:00:00Z') };
const NOW = minutesOf('2026-02-27T15:00:00Z');

function workWeek(timeZone: string, startHour: number, overrideCount: number): ScheduleRules {
  const hour = String(startHour).padStart(2, '0');
  const overrides = Array.from({ length: overrideCount }, (_, index) => ({
    date: `2026-03-${String(2 + index * 3).padStart(2, '0')}`,
    startTime: index % 3 === 0 ? '00:00' : '10:00',
    endTime: index % 3 === 0 ? '00:00' : '14:30',
  }));
  return {
    timeZone,
    rules: [{ days: [1, 2, 3, 4, 5], startTime: `${hour}:00`, endTime: `${startHour + 8}:00` }],
    overrides,
  };
}

/** `count` bookings of 30 or 60 minutes on weekday business hours of March 2026 (New York). */
function bookingsFor(hostId: number, count: number, seed: number): ExistingBooking[] {
  const weekdays = [
    2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30, 31,
  ];
  return Array.from({ length: count }, (_, index) => {
    const day = weekdays[(index * 7 + seed) % weekdays.length] ?? 2;
    const start =
      minutesOf(`2026-03-${String(day).padStart(2, '0')}T13:00:00Z`) +
      ((index * 5 + seed) % 14) * 30;
    return {
      uid: `h${hostId}-b${index}`,
      start,
      end: start + (index % 3 === 0 ? 60 : 30),
      hostIds: [hostId],
      eventTypeId: index % 4 === 0 ? 2 : 1,
      beforeBufferMinutes: 0,
      afterBufferMinutes: index % 5 === 0 ? 10 : 0,
      attendeeCount: 1,
      blocksAvailability: true,
    };
  });
}

function query(hosts: HostInput[], bookings: ExistingBooking[]): SlotQuery {
  return {
    now: NOW,
    window: WINDOW,
    bookerTimeZone: 'Europe/Berlin',
    event: {
      eventTypeId: 1,
      lengthMinutes: 30,
      slotIntervalMinutes: null,
      offsetStartMinutes: 0,
      minimumBookingNoticeMinutes: 120,
      beforeEventBufferMinutes: 0,
      afterEventBufferMinutes: 0,
      bookingWindow: { type: 'unlimited' },
      bookingLimitsCount: null,
      bookingLimitsDuration: null,
      onlyShowFirstAvailableSlot: false,
      seatsPerTimeSlot: null,
      timeZone: 'America/New_York',
      weekStartDay: 1,
    },
    hosts,
    bookings,
    busy: [],
    outOfOffice: [],
  };
}

const TEAM_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Europe/London',
];

function teamQuery(): SlotQuery {
  const hosts = Array.from({ length: 50 }, (_, index) => ({
    hostId: index + 1,
    isFixed: false,
    schedule: workWeek(
      TEAM_ZONES[index % TEAM_ZONES.length] ?? 'UTC',
      7 + (index % 4),
      index % 10 === 0 ? 2 : 0,
    ),
  }));
  return query(
    hosts,
    hosts.flatMap((host) => bookingsFor(host.hostId, 40, host.hostId)),
  );
}

function measure(name: string, iterations: number, run: () => unknown): EngineBenchResult {
  for (let i = 0; i < Math.min(200, iterations); i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const meanMs = times.reduce((sum, time) => sum + time, 0) / times.length;
  return { name, meanMs, p95Ms: times[Math.floor(times.length * 0.95)] ?? meanMs };
}

/** Runs every case and returns its figures (used by the combined `npm run bench`). */
export function runEngineBench(): EngineBenchResult[] {
  const single = query(
    [{ hostId: 1, isFixed: true, schedule: workWeek('America/New_York', 9, 0) }],
    bookingsFor(1, 40, 1),
  );
  const withOverrides = query(
    [{ hostId: 1, isFixed: true, schedule: workWeek('America/New_York', 9, 10) }],
    bookingsFor(1, 40, 1),
  );
  const team = teamQuery();
  const someStart = minutesOf('2026-03-17T18:30:00Z');
  return [
    measure('single host month, 40 bookings', 5000, () => computeSlots(single)),
    measure('single host month, 40 bookings, 10 overrides', 5000, () =>
      computeSlots(withOverrides),
    ),
    measure('50-host round robin month, 40 bookings each', 500, () => computeSlots(team)),
    measure('explainStart, single host', 5000, () => explainStart(single, someStart)),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of runEngineBench()) {
    const label = `engine  ${result.name}`.padEnd(60);
    console.log(`${label} mean ${result.meanMs.toFixed(3)} ms  p95 ${result.p95Ms.toFixed(3)} ms`);
  }
}
