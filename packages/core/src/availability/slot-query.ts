import type { Interval } from './interval-algebra';
import type { ScheduleRules } from './schedule-intervals';

/**
 * How far ahead a booker may book (Cal.com `bookingWindow` / periodType).
 * - calendarDays / businessDays, rolling false: up to the end of today + N days (booker's zone).
 * - rolling true: up to the end of the N-th day that has a bookable slot (Cal.com ROLLING_WINDOW,
 *   at most 61 days are examined).
 * - range: from the start of `startDate` to the end of `endDate` ('YYYY-MM-DD', event zone).
 */
export type BookingWindow =
  | { type: 'unlimited' }
  | { type: 'calendarDays' | 'businessDays'; days: number; rolling: boolean }
  | { type: 'range'; startDate: string; endDate: string };

/** Limits per calendar period of the event owner's zone; absent keys mean "no limit". */
export type PeriodLimits = { day?: number; week?: number; month?: number; year?: number };

/** The slot-relevant settings of an event type. All durations are in minutes. */
export type EventRules = {
  /** Default duration. */
  lengthMinutes: number;
  /** Durations a booker may choose instead (Cal.com lengthInMinutesOptions); absent = any length. */
  durationOptionsMinutes?: number[];
  /** Distance between slot starts; null = the chosen duration. */
  slotIntervalMinutes: number | null;
  /** Added to every aligned slot start (Cal.com offsetStart). */
  offsetStartMinutes: number;
  minimumBookingNoticeMinutes: number;
  beforeEventBufferMinutes: number;
  afterEventBufferMinutes: number;
  bookingWindow: BookingWindow;
  /** Most bookings of this event type per host and period. */
  bookingLimitsCount: PeriodLimits | null;
  /** Most booked minutes of this event type per host and period. */
  bookingLimitsDuration: PeriodLimits | null;
  /** Offer only the earliest bookable slot of each local day (booker's zone). */
  onlyShowFirstAvailableSlot: boolean;
  /** Attendees per booking for seated events; null = not seated. */
  seatsPerTimeSlot: number | null;
  /** The owner's IANA zone: range windows and limit periods are calendar periods in it. */
  timeZone: string;
  /** First day of the week for weekly limits, 0 = Sunday .. 6 = Saturday. */
  weekStartDay: number;
};

/** An existing booking of any event type involving one or more of the hosts. */
export type ExistingBooking = {
  uid: string;
  /** Epoch minutes. */
  start: number;
  /** Epoch minutes (exclusive). */
  end: number;
  hostIds: number[];
  eventTypeId: number;
  /** That booking's own event buffers. */
  beforeBufferMinutes: number;
  afterBufferMinutes: number;
  /** Seats taken, for seated events. */
  attendeeCount: number;
  /** False for bookings that neither block time nor count towards limits (e.g. unconfirmed). */
  blocksAvailability: boolean;
};

/** A busy period from a connected calendar. */
export type ExternalBusy = { hostId: number; start: number; end: number; source: string };

/** A host's out-of-office entry; blocks [start, end) without buffers. */
export type OutOfOffice = { hostId: number; start: number; end: number; id: number };

/**
 * A host's own caps inside the event type (round robin: max bookings a day/week), counted like
 * the event's count limits but in the host's zone and week.
 */
export type HostCaps = { limits: PeriodLimits; timeZone: string; weekStartDay: number };

/** A host of the event. Fixed (mandatory) hosts must all be free; others are pooled. */
export type HostInput = {
  hostId: number;
  schedule: ScheduleRules;
  isFixed: boolean;
  caps?: HostCaps | undefined;
};

/** Everything a slot search needs. The clock (`now`) is an input: core never reads it. */
export type SlotQuery = {
  /** Epoch minutes (seconds already dropped). */
  now: number;
  /** Slot starts are searched in [window.start, window.end). */
  window: Interval;
  /** IANA zone of the booker: slot alignment, "day" for first-slot-only and rolling windows. */
  bookerTimeZone: string;
  event: EventRules & { eventTypeId: number };
  /** Chosen duration; defaults to event.lengthMinutes. */
  durationMinutes?: number;
  hosts: HostInput[];
  bookings: ExistingBooking[];
  busy: ExternalBusy[];
  outOfOffice: OutOfOffice[];
  /** When rescheduling, this booking frees its time and does not count towards limits. */
  ignoreBookingUid?: string;
};

/** Seat occupancy of a slot of a seated event. */
export type SlotSeats = {
  booked: number;
  remaining: number;
  total: number;
  /** The existing booking a new attendee would join, when there is one. */
  bookingUid?: string;
};

/** A bookable start. */
export type Slot = {
  /** Epoch minutes. */
  start: number;
  /** start + chosen duration, epoch minutes. */
  end: number;
  /** Hosts free for the whole slot (fixed hosts plus the free pooled ones). */
  hostIds: number[];
  /** Present for seated events only. */
  seats?: SlotSeats;
};
