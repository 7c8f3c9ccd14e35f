/**
 * The availability engine: schedules to intervals, busy time, team merging, slot search and the
 * explanation of a single start. Instants are integer epoch minutes; intervals are half-open.
 */
export type { Interval } from './interval-algebra';
export {
  clipIntervals,
  coversSpan,
  intersectAll,
  intersectIntervals,
  mergeIntervals,
  overlapsSpan,
  subtractIntervals,
  unionAll,
  unionIntervals,
} from './interval-algebra';
export type { DateOverride, ScheduleRules, WeeklyRule } from './schedule-intervals';
export { scheduleToIntervals } from './schedule-intervals';
export type {
  BookingWindow,
  EventRules,
  ExistingBooking,
  ExternalBusy,
  HostCaps,
  HostInput,
  OutOfOffice,
  PeriodLimits,
  Slot,
  SlotQuery,
  SlotSeats,
} from './slot-query';
export type { HostFreeTime } from './team-merge';
export { mergeTeamAvailability } from './team-merge';
export { bookingBlockInterval, externalBlockInterval } from './host-busy';
export type { DurationCheck } from './compute-slots';
export { checkDuration, computeSlots } from './compute-slots';
export type { StartExplanation } from './explain-start';
export { explainStart } from './explain-start';
export type { LimitPeriod, Reason, ReasonCode } from './reasons';
export { REASON_CODES } from './reasons';
export type { LocalTime } from './format-local';
export { formatLocal, formatUtcIso, groupSlotsByLocalDate } from './format-local';
export { assertTimeZone, offsetAt } from './zone-day';
export { formatLocalDate, parseLocalDate } from './civil-date';
