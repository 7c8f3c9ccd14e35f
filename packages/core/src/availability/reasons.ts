/**
 * Why a start is not bookable. Each reason is a value with a stable SCREAMING_SNAKE code, an
 * English message, and the details a client needs to act on it. Instants are epoch minutes.
 */
export type LimitPeriod = 'day' | 'week' | 'month' | 'year';

/** Every code {@link Reason} can carry. */
export const REASON_CODES = [
  'INVALID_DURATION',
  'NO_HOSTS',
  'IN_THE_PAST',
  'MINIMUM_NOTICE',
  'OUTSIDE_BOOKING_WINDOW',
  'OUTSIDE_SCHEDULE',
  'DATE_OVERRIDE',
  'OUT_OF_OFFICE',
  'BOOKED',
  'CALENDAR_BUSY',
  'BOOKING_LIMIT',
  'SEATS_FULL',
  'NOT_ON_SLOT_GRID',
  'NOT_FIRST_SLOT_OF_DAY',
] as const;

/** One reason a start cannot be booked; `hostId` names the host it concerns, when it is one. */
export type Reason =
  | {
      code: 'INVALID_DURATION';
      message: string;
      durationMinutes: number;
      allowedDurations: number[];
    }
  | { code: 'NO_HOSTS'; message: string }
  | { code: 'IN_THE_PAST'; message: string; now: number }
  | {
      code: 'MINIMUM_NOTICE';
      message: string;
      earliestStart: number;
      minimumBookingNoticeMinutes: number;
    }
  | {
      code: 'OUTSIDE_BOOKING_WINDOW';
      message: string;
      windowStart: number | null;
      windowEnd: number | null;
    }
  | { code: 'OUTSIDE_SCHEDULE'; message: string; hostId: number }
  | { code: 'DATE_OVERRIDE'; message: string; hostId: number; date: string }
  | { code: 'OUT_OF_OFFICE'; message: string; hostId: number; outOfOfficeId: number }
  | { code: 'BOOKED'; message: string; hostId: number; bookingUid: string; isBufferOnly: boolean }
  | { code: 'CALENDAR_BUSY'; message: string; hostId: number; source: string }
  | {
      code: 'BOOKING_LIMIT';
      message: string;
      hostId: number;
      period: LimitPeriod;
      kind: 'count' | 'duration';
      limit: number;
      /** Bookings (count) or booked minutes (duration) already in the period. */
      used: number;
    }
  | { code: 'SEATS_FULL'; message: string; bookingUid: string; seatsTotal: number }
  | { code: 'NOT_ON_SLOT_GRID'; message: string }
  | { code: 'NOT_FIRST_SLOT_OF_DAY'; message: string; firstStart: number };

/** A reason's code. */
export type ReasonCode = Reason['code'];
