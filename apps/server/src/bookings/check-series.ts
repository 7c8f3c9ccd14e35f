import { AppError, validationError, type CreateBookingInput } from '@kairos/contracts';
import { explainStart, type Reason } from '@kairos/core';
import type { BookingEventType, SlotContext, SqlSession } from '@kairos/db';
import { toMinute } from '../slots/load-slot-query';
import { isTaken, loadStartQuery, publicReason } from './booking-availability';
import {
  chooseBookingHosts,
  rankFreeHosts,
  type ChoiceOptions,
  type HostChoice,
} from './booking-hosts';
import { newBookingUid } from './booking-draft';
import type { CheckedRequest } from './booking-request';
import { occurrenceStarts, type Recurrence } from './recurring-dates';

/** One occurrence that passed every check, with the hosts free at it. */
export interface CheckedOccurrence {
  start: Date;
  freeHostIds: number[];
  recurringBookingUid: string;
}

/** Instants after this year do not survive the trip to the database as ISO strings. */
const LAST_YEAR = 9999;

type Outcome = { start: Date; hostIds: number[]; reasons: Reason[] };

/**
 * An occurrence's check. The booking window applies to the first occurrence only (as on
 * Cal.com): a weekly series may run past a 30-day window.
 */
function outcomeOf(query: Parameters<typeof explainStart>[0], start: Date, index: number) {
  const explanation = explainStart(query, toMinute(start));
  const reasons = explanation.reasons.filter(
    (reason) => index === 0 || reason.code !== 'OUTSIDE_BOOKING_WINDOW',
  );
  return { start, hostIds: explanation.hostIds, reasons };
}

/** All or nothing: 409 naming the taken dates, or 422 naming each date's other reasons. */
function assertAllBookable(outcomes: Outcome[]): void {
  const failed = outcomes.filter((outcome) => outcome.reasons.length > 0);
  if (failed.length === 0) return;
  if (failed.every((outcome) => isTaken(outcome.reasons))) {
    const dates = failed.map((outcome) => outcome.start.toISOString());
    throw new AppError(
      'CONFLICT',
      `These occurrences are taken: ${dates.join(', ')}`,
      failed.map((outcome) => ({
        start: outcome.start.toISOString(),
        reasons: outcome.reasons.map(publicReason),
      })),
    );
  }
  const details = failed.flatMap((outcome) =>
    outcome.reasons.map((reason) => {
      const shown = publicReason(reason);
      const start = outcome.start.toISOString();
      return {
        field: 'start',
        message: `${start}: ${String(shown.message)}`,
        start,
        reason: shown,
      };
    }),
  );
  throw validationError(details, 'Some occurrences cannot be booked');
}

/**
 * Checks every occurrence of a recurring booking (`recurrenceCount`, default all of the event
 * type's occurrences) with the slot search's code, in the booking's transaction.
 */
export async function checkSeries(
  session: SqlSession,
  eventType: BookingEventType,
  request: CheckedRequest,
  body: CreateBookingInput,
  first: Date,
  now: Date,
): Promise<CheckedOccurrence[]> {
  const recurrence = eventType.recurrence as unknown as Recurrence;
  const count = body.recurrenceCount ?? recurrence.occurrences;
  if (count > recurrence.occurrences) {
    const message = `At most ${recurrence.occurrences} occurrences`;
    throw validationError([{ field: 'recurrenceCount', message }]);
  }
  const { timeZone } = body.attendee;
  const starts = occurrenceStarts(first, timeZone, recurrence, count);
  if ((starts.at(-1)?.getUTCFullYear() ?? 0) > LAST_YEAR) {
    const message = `The series would run past the year ${LAST_YEAR}`;
    throw validationError([{ field: 'recurrenceCount', message }]);
  }
  const { query } = await loadStartQuery(
    session,
    { id: eventType.id },
    {
      start: starts[0] ?? first,
      until: starts.at(-1),
      bookerTimeZone: timeZone,
      durationMinutes: request.durationMinutes,
      now,
    },
  );
  const outcomes = starts.map((start, index) => outcomeOf(query, start, index));
  assertAllBookable(outcomes);
  const recurringBookingUid = newBookingUid();
  return outcomes.map(({ start, hostIds }) => ({
    start,
    freeHostIds: hostIds,
    recurringBookingUid,
  }));
}

/**
 * The hosts of each occurrence. A round robin keeps one host for the whole series when someone
 * is free at every occurrence (the best ranked of them), else chooses per occurrence.
 */
export function chooseSeriesHosts(
  context: SlotContext,
  occurrences: CheckedOccurrence[],
  options: ChoiceOptions,
): Array<HostChoice & { start: Date; recurringBookingUid: string }> {
  const freeAtAll = occurrences.reduce<number[]>(
    (common, occurrence) => common.filter((id) => occurrence.freeHostIds.includes(id)),
    occurrences[0]?.freeHostIds ?? [],
  );
  const [common] =
    context.eventType.schedulingType === 'roundRobin' && options.pinnedHostId === undefined
      ? rankFreeHosts(context, freeAtAll)
      : [];
  const chosen = [];
  for (const { start, freeHostIds, recurringBookingUid } of occurrences) {
    const choice = chooseBookingHosts(context, freeHostIds, {
      ...options,
      preferredHostId: common,
    });
    chosen.push({ start, recurringBookingUid, ...choice });
  }
  return chosen;
}
