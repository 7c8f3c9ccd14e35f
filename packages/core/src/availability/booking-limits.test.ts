import { describe, expect, it } from 'vitest';
import { limitBlocks } from './booking-limits';
import { buildBooking, buildEvent, isoOf, minutesOf } from './testing/build-query';

const span = { start: minutesOf('2026-03-01T05:00:00Z'), end: minutesOf('2026-04-01T04:00:00Z') };
// Tuesday 2026-03-10 in New York; Monday-started week 2026-03-09..15.
const tuesday = [
  buildBooking('a', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z'),
  buildBooking('b', '2026-03-10T16:00:00Z', '2026-03-10T16:30:00Z'),
];
const readable = (blocks: ReturnType<typeof limitBlocks>) =>
  blocks.map((block) => ({ ...block, start: isoOf(block.start), end: isoOf(block.end) }));

describe('limitBlocks', () => {
  it('closes the local day in which the count limit is reached', () => {
    const blocks = limitBlocks(tuesday, buildEvent({ bookingLimitsCount: { day: 2 } }), 30, span);
    expect(readable(blocks)).toEqual([
      {
        start: '2026-03-10T04:00:00.000Z',
        end: '2026-03-11T04:00:00.000Z',
        period: 'day',
        kind: 'count',
        limit: 2,
        used: 2,
      },
    ]);
  });

  it('leaves a day open while the count is below the limit', () => {
    expect(limitBlocks(tuesday, buildEvent({ bookingLimitsCount: { day: 3 } }), 30, span)).toEqual(
      [],
    );
  });

  it('closes a week that starts on the configured week day', () => {
    const blocks = limitBlocks(
      tuesday,
      buildEvent({ bookingLimitsCount: { week: 2 }, weekStartDay: 0 }),
      30,
      span,
    );
    expect(readable(blocks).map(({ start, end, period }) => [period, start, end])).toEqual([
      ['week', '2026-03-08T05:00:00.000Z', '2026-03-15T04:00:00.000Z'],
    ]);
  });

  it('closes a month and a year in the event zone', () => {
    const blocks = limitBlocks(
      tuesday,
      buildEvent({ bookingLimitsCount: { month: 2, year: 2 } }),
      30,
      span,
    );
    expect(readable(blocks).map(({ start, end, period }) => [period, start, end])).toEqual([
      ['year', '2026-01-01T05:00:00.000Z', '2027-01-01T05:00:00.000Z'],
      ['month', '2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z'],
    ]);
  });

  it.each([
    [
      'counts the candidate duration: 60 more minutes exceed a 120-minute day with 90 used',
      120,
      60,
      true,
    ],
    ['lets 30 more minutes reach a 120-minute day with 90 used exactly', 120, 30, false],
    ['closes every day for a slot longer than the limit itself', 20, 30, true],
  ])('%s', (_name, limit, duration, closed) => {
    const blocks = limitBlocks(
      tuesday,
      buildEvent({ bookingLimitsDuration: { day: limit } }),
      duration,
      span,
    );
    const tuesdayClosed = blocks.some(
      (block) => isoOf(block.start) === '2026-03-10T04:00:00.000Z' && block.kind === 'duration',
    );
    expect(tuesdayClosed).toBe(closed);
  });

  it('counts a booking in the day its start falls in, in the event zone', () => {
    const lateNight = [buildBooking('late', '2026-03-11T03:30:00Z', '2026-03-11T05:00:00Z')];
    const blocks = limitBlocks(lateNight, buildEvent({ bookingLimitsCount: { day: 1 } }), 30, span);
    expect(readable(blocks).map((block) => block.start)).toEqual(['2026-03-10T04:00:00.000Z']);
  });

  it('gives nothing without limits or for an empty span', () => {
    expect(limitBlocks(tuesday, buildEvent(), 30, span)).toEqual([]);
    expect(
      limitBlocks(tuesday, buildEvent({ bookingLimitsCount: { day: 1 } }), 30, {
        start: 5,
        end: 5,
      }),
    ).toEqual([]);
  });
});
