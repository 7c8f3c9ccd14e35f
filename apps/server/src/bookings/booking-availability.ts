import { AppError, validationError } from '@kairos/contracts';
import { explainStart, formatUtcIso, type Reason, type SlotQuery } from '@kairos/core';
import type { SlotContext, SqlSession } from '@kairos/db';
import type { ReadCache } from '../cache/read-cache';
import { loadSlotQuery, toMinute, type SlotSearch } from '../slots/load-slot-query';

/** Booking never trusts a cached read: every load goes to the transaction's connection. */
const UNCACHED: ReadCache = { get: (_key, load) => load() };

/** Reasons that mean someone else holds the time: the booker lost a race, or came late. */
const TAKEN = new Set<Reason['code']>(['BOOKED', 'SEATS_FULL']);
const INSTANTS = ['now', 'earliestStart', 'windowStart', 'windowEnd', 'firstStart'] as const;

/** Host reasons in words that name no one: core's messages carry ids. */
function publicMessage(reason: Reason): string {
  switch (reason.code) {
    case 'BOOKED':
      return reason.isBufferOnly
        ? 'Too close to another booking of the host.'
        : 'The host is busy at this time.';
    case 'CALENDAR_BUSY':
      return 'The host is busy at this time.';
    case 'OUTSIDE_SCHEDULE':
      return 'The host does not work at this time.';
    case 'DATE_OVERRIDE':
      return 'The host has other hours on this date.';
    case 'OUT_OF_OFFICE':
      return 'The host is out of office.';
    case 'BOOKING_LIMIT':
      return `The host's ${reason.kind === 'count' ? 'bookings' : 'booked minutes'} per ${reason.period} reached the limit.`;
    case 'INVALID_DURATION':
    case 'NO_HOSTS':
    case 'IN_THE_PAST':
    case 'MINIMUM_NOTICE':
    case 'OUTSIDE_BOOKING_WINDOW':
    case 'SEATS_FULL':
    case 'NOT_ON_SLOT_GRID':
    case 'NOT_FIRST_SLOT_OF_DAY':
      return reason.message;
  }
}

/**
 * A reason as a public booker may see it: code, message and instants as ISO strings. Ids of
 * other bookings and people are left out: a booking's uid is the key to it.
 */
export function publicReason(reason: Reason): Record<string, unknown> {
  const shown: Record<string, unknown> = { code: reason.code, message: publicMessage(reason) };
  for (const key of INSTANTS) {
    const value = (reason as Record<string, unknown>)[key];
    if (typeof value === 'number') shown[key] = formatUtcIso(value);
  }
  return shown;
}

/** Whether every reason is someone else holding the time. */
export const isTaken = (reasons: Reason[]): boolean =>
  reasons.every((reason) => TAKEN.has(reason.code));

export interface StartCheck {
  start: Date;
  /** The last start to check (a recurring series); the data loaded covers start..until. */
  until?: Date | undefined;
  bookerTimeZone: string;
  durationMinutes?: number | undefined;
  ignoreBookingUid?: string | undefined;
  now: Date;
}

/** The slot search's input for one start, read through the transaction's session. */
export async function loadStartQuery(
  session: SqlSession,
  locator: SlotSearch['locator'],
  check: StartCheck,
): Promise<{ query: SlotQuery; context: SlotContext }> {
  if (check.start.getTime() % 60_000 !== 0) {
    throw validationError([{ field: 'start', message: 'Starts fall on whole minutes' }]);
  }
  const minute = toMinute(check.start);
  return loadSlotQuery(session, UNCACHED, {
    locator,
    window: { start: minute, end: toMinute(check.until ?? check.start) + 1 },
    bookerTimeZone: check.bookerTimeZone,
    durationMinutes: check.durationMinutes,
    ignoreBookingUid: check.ignoreBookingUid,
    now: check.now,
  });
}

/**
 * The hosts free at the start, by the slot search's own code. A start someone else holds is
 * CONFLICT; any other reason (past, notice, window, off schedule) is VALIDATION_ERROR on `start`.
 * `waived` reasons do not count (an instant booking starts now, on no grid, without notice).
 */
export function assertBookable(
  query: SlotQuery,
  start: Date,
  waived: ReadonlySet<Reason['code']> = new Set(),
): number[] {
  const explanation = explainStart(query, toMinute(start));
  if (explanation.bookable) return explanation.hostIds;
  const kept = explanation.reasons.filter((reason) => !waived.has(reason.code));
  if (kept.length === 0) return explanation.hostIds;
  const reasons = kept.map(publicReason);
  if (isTaken(kept)) {
    throw new AppError('CONFLICT', 'That time was just booked', reasons);
  }
  throw validationError(
    reasons.map((reason) => ({ field: 'start', message: String(reason.message), reason })),
    'That time cannot be booked',
  );
}
