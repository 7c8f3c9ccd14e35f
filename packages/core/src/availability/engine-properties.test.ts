import { describe, expect, it } from 'vitest';
import { parseClockTime, parseLocalDate, weekdayOf } from './civil-date';
import { computeSlots } from './compute-slots';
import { explainStart } from './explain-start';
import { formatLocal } from './format-local';
import { bookingBlockInterval, externalBlockInterval, isJoinableSeat } from './host-busy';
import { offsetAt } from './zone-day';
import type { ScheduleRules } from './schedule-intervals';
import type { BookingWindow, ExistingBooking, HostInput, Slot, SlotQuery } from './slot-query';
import { buildEvent } from './testing/build-query';

/** mulberry32: a tiny seeded PRNG, so every failure replays from its seed. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
  'Pacific/Chatham',
];
const BASE_DATES = [
  '2026-03-06',
  '2026-03-27',
  '2026-04-03',
  '2026-10-02',
  '2026-10-23',
  '2026-10-30',
  '2026-06-10',
];
const clock = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function randomSchedule(random: Random, baseDay: number): ScheduleRules {
  const rules = Array.from({ length: random.int(1, 3) }, () => {
    const start = random.int(0, 80) * 15;
    const end = random.chance(0.2)
      ? '23:59'
      : clock(Math.min(1439, start + random.int(2, 40) * 15));
    return {
      days: [0, 1, 2, 3, 4, 5, 6].filter(() => random.chance(0.6)),
      startTime: clock(start),
      endTime: end,
    };
  });
  const overrides = Array.from({ length: random.int(0, 2) }, () => {
    const date = formatLocal((baseDay + random.int(0, 6)) * 1440 + 720, 'UTC').localDate;
    const start = random.int(0, 90) * 15;
    return {
      date,
      startTime: clock(start),
      endTime: random.chance(0.3)
        ? clock(start)
        : clock(Math.min(1439, start + random.int(2, 30) * 15)),
    };
  });
  return { timeZone: random.pick(ZONES), rules, overrides };
}

function randomWindow(random: Random): BookingWindow {
  return random.pick<BookingWindow>([
    { type: 'unlimited' },
    { type: 'calendarDays', days: random.int(0, 6), rolling: random.chance(0.5) },
    { type: 'businessDays', days: random.int(0, 6), rolling: random.chance(0.5) },
    { type: 'range', startDate: '2026-01-01', endDate: '2026-12-31' },
    { type: 'unlimited' },
  ]);
}

function randomBooking(
  random: Random,
  index: number,
  from: number,
  hostIds: number[],
  length: number,
  grid: number,
): ExistingBooking {
  const start = from + random.int(0, 6 * 96) * (random.chance(0.5) ? grid : 15);
  return {
    uid: `b${index}`,
    start,
    end: start + (random.chance(0.5) ? length : random.int(1, 12) * 15),
    hostIds: hostIds.filter(() => random.chance(0.6)).concat(random.chance(0.2) ? [99] : []),
    eventTypeId: random.pick([1, 1, 2]),
    beforeBufferMinutes: random.pick([0, 0, 5, 15]),
    afterBufferMinutes: random.pick([0, 0, 10, 30]),
    attendeeCount: random.int(1, 3),
    blocksAvailability: random.chance(0.85),
  };
}

function randomQuery(seed: number): SlotQuery {
  const random = createRandom(seed);
  const baseDay = parseLocalDate(random.pick(BASE_DATES));
  const from = baseDay * 1440 + random.int(0, 47) * 30;
  const hosts: HostInput[] = Array.from({ length: random.int(1, 3) }, (_, index) => ({
    hostId: index + 1,
    isFixed: random.chance(0.4),
    schedule: randomSchedule(random, baseDay),
  }));
  const lengthMinutes = random.pick([15, 20, 30, 45, 60, 90]);
  const event = buildEvent({
    lengthMinutes,
    slotIntervalMinutes: random.chance(0.6) ? null : random.pick([10, 15, 30, 45, 60]),
    offsetStartMinutes: random.chance(0.8) ? 0 : random.pick([5, 10]),
    minimumBookingNoticeMinutes: random.pick([0, 0, 60, 240]),
    beforeEventBufferMinutes: random.pick([0, 0, 5, 15]),
    afterEventBufferMinutes: random.pick([0, 0, 10]),
    bookingWindow: randomWindow(random),
    bookingLimitsCount: random.chance(0.2)
      ? { day: random.int(1, 2), week: random.int(2, 5) }
      : null,
    bookingLimitsDuration: random.chance(0.2) ? { day: random.pick([60, 120, 180]) } : null,
    onlyShowFirstAvailableSlot: random.chance(0.15),
    seatsPerTimeSlot: random.chance(0.25) ? random.int(2, 3) : null,
    timeZone: random.pick(ZONES),
    weekStartDay: random.int(0, 6),
  });
  const hostIds = hosts.map((host) => host.hostId);
  const bookings = Array.from({ length: random.int(0, 12) }, (_, index) =>
    randomBooking(random, index, from, hostIds, lengthMinutes, 30),
  );
  const busy = Array.from({ length: random.int(0, 4) }, () => {
    const start = from + random.int(0, 6 * 96) * 15;
    return {
      hostId: random.pick(hostIds),
      start,
      end: start + random.int(1, 16) * 15,
      source: 'calendar',
    };
  });
  const outOfOffice = Array.from({ length: random.int(0, 1) }, (_, id) => {
    const start = from + random.int(0, 6 * 24) * 60;
    return { hostId: random.pick(hostIds), id, start, end: start + random.int(1, 48) * 60 };
  });
  return {
    now: from + random.int(-2 * 1440, 3 * 1440),
    window: { start: from, end: from + random.int(1, 6) * 1440 - random.int(0, 3) * 60 },
    bookerTimeZone: random.pick(ZONES),
    event,
    durationMinutes: random.chance(0.2) ? random.pick([lengthMinutes, 60]) : undefined,
    hosts,
    bookings,
    busy,
    outOfOffice,
    ignoreBookingUid: random.chance(0.2) ? 'b0' : undefined,
  };
}

/** Start of the fall-back transition whose repeated wall-clock period contains `minute`, if any. */
function repeatedPeriodStart(
  timeZone: string,
  minute: number,
): { transition: number; oldOffset: number } | null {
  const offset = offsetAt(timeZone, minute);
  for (let back = 1; back <= 180; back += 1) {
    const earlier = offsetAt(timeZone, minute - back);
    if (earlier === offset) continue;
    const transition = minute - back + 1;
    return earlier > offset && minute < transition + (earlier - offset)
      ? { transition, oldOffset: earlier }
      : null;
  }
  return null;
}

function rangesOn(schedule: ScheduleRules, localDate: string) {
  const overrides = schedule.overrides.filter((override) => override.date === localDate);
  const weekday = weekdayOf(parseLocalDate(localDate));
  const ranges =
    overrides.length > 0 ? overrides : schedule.rules.filter((rule) => rule.days.includes(weekday));
  const end = (text: string) => (text === '23:59' ? 1440 : parseClockTime(text));
  return ranges.map((range) => [parseClockTime(range.startTime), end(range.endTime)] as const);
}

/**
 * Independent oracle: whether an instant lies in a range of its local date. A range's ends are
 * wall-clock times read at their first occurrence, so the second pass of a repeated (fall-back)
 * period belongs to a range exactly when that range spans the moment the clocks went back.
 */
function inRules(schedule: ScheduleRules, minute: number): boolean {
  const local = formatLocal(minute, schedule.timeZone);
  const minuteOfDay = parseClockTime(local.localTime.slice(0, 5));
  if (
    rangesOn(schedule, local.localDate).some(
      ([start, end]) => start <= minuteOfDay && minuteOfDay < end,
    )
  )
    return true;
  const repeated = repeatedPeriodStart(schedule.timeZone, minute);
  if (!repeated) return false;
  const wallAtChange = repeated.transition + repeated.oldOffset;
  const date = formatLocal(wallAtChange - 1 - repeated.oldOffset, schedule.timeZone).localDate;
  const wallMinute = wallAtChange - Math.floor((wallAtChange - 1) / 1440) * 1440;
  return rangesOn(schedule, date).some(([start, end]) => start < wallMinute && wallMinute <= end);
}

function blockersOf(query: SlotQuery, slot: Slot, hostId: number) {
  const duration = slot.end - slot.start;
  const bookings = query.bookings
    .filter(
      (booking) =>
        booking.blocksAvailability &&
        booking.uid !== query.ignoreBookingUid &&
        booking.hostIds.includes(hostId),
    )
    .filter(
      (booking) => !(booking.start === slot.start && isJoinableSeat(booking, query, duration)),
    )
    .map((booking) => bookingBlockInterval(booking, query.event));
  const busy = query.busy
    .filter((item) => item.hostId === hostId)
    .map((item) => externalBlockInterval(item, query.event));
  const away = query.outOfOffice.filter((item) => item.hostId === hostId);
  return [...bookings, ...busy, ...away].filter(
    (block) => block.start < slot.end && slot.start < block.end && block.start < block.end,
  );
}

const SEEDS = Array.from({ length: 240 }, (_, index) => index + 1);

describe('engine properties on random inputs', () => {
  it.each(SEEDS)(
    'seed %i: slots are sorted, in the window, free of busy time and inside the rules',
    (seed) => {
      const query = randomQuery(seed);
      const slots = computeSlots(query);
      const hostsById = new Map(query.hosts.map((host) => [host.hostId, host]));
      for (const [index, slot] of slots.entries()) {
        expect(slot.start).toBeGreaterThanOrEqual(query.window.start);
        expect(slot.start).toBeLessThan(query.window.end);
        if (index > 0) expect(slot.start).toBeGreaterThan(slots[index - 1]!.start);
        expect(slot.hostIds.length).toBeGreaterThan(0);
        for (const hostId of slot.hostIds) {
          expect(blockersOf(query, slot, hostId)).toEqual([]);
          const schedule = hostsById.get(hostId)!.schedule;
          for (let minute = slot.start; minute < slot.end; minute += 5)
            expect(inRules(schedule, minute)).toBe(true);
        }
      }
    },
  );

  it.each(SEEDS)(
    'seed %i: explainStart says bookable exactly for the starts computeSlots offers',
    (seed) => {
      const query = randomQuery(seed);
      const slots = computeSlots(query);
      const offered = new Map(slots.map((slot) => [slot.start, slot]));
      const random = createRandom(seed * 7919);
      const probes = new Set<number>(slots.map((slot) => slot.start));
      for (let i = 0; i < 40; i += 1)
        probes.add(query.window.start + random.int(0, query.window.end - query.window.start - 1));
      for (let i = 0; i < 40; i += 1)
        probes.add(
          query.window.start +
            5 * random.int(0, Math.floor((query.window.end - query.window.start - 1) / 5)),
        );
      for (const booking of query.bookings)
        if (booking.start >= query.window.start && booking.start < query.window.end)
          probes.add(booking.start);
      for (const start of probes) {
        const explanation = explainStart(query, start);
        const slot = offered.get(start);
        expect({ start, bookable: explanation.bookable }).toEqual({
          start,
          bookable: slot !== undefined,
        });
        expect(explanation.reasons.length === 0).toBe(explanation.bookable);
        if (slot) expect(explanation.hostIds).toEqual(slot.hostIds);
      }
    },
  );

  it.each(SEEDS.slice(0, 120))(
    'seed %i: a narrower window gives the same slots for the time it covers',
    (seed) => {
      const query = randomQuery(seed);
      const random = createRandom(seed * 104729);
      const start = query.window.start + random.int(0, query.window.end - query.window.start - 1);
      const end = start + random.int(1, query.window.end - start);
      const narrow = computeSlots({ ...query, window: { start, end } });
      expect(narrow).toEqual(
        computeSlots(query).filter((slot) => slot.start >= start && slot.start < end),
      );
    },
  );
});
