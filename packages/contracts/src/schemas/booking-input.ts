import { z } from 'zod';
import { locationIntegrations } from './event-type-locations';
import { instantText } from './instant';
import { timeZone } from './time-zone';

const E164 = /^\+[1-9]\d{6,14}$/;
const phone = z.string().regex(E164, 'Must be an E.164 number such as "+37120993151"');
const email = z.email('Must be an email address').max(320);
const instant = instantText();

/** A database id (PostgreSQL integer). */
export const recordId = z.number().int().positive().max(2_147_483_647);

/**
 * Who books: Cal.com 2024-08-13's attendee plus the PRD's `notes`. An email or a phone number is
 * required (Cal.com); booking without either is 400.
 */
export const bookingAttendeeInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: email.optional().describe('Required unless phoneNumber is given'),
  timeZone,
  phoneNumber: phone.optional().describe('E.164; required when there is no email'),
  language: z.string().min(2).max(10).optional(),
  notes: z.string().max(5000).optional(),
});

/**
 * Where the meeting happens, as the booker picks it (Cal.com 2024-08-13): one of the event type's
 * organizer locations by `type`, or a value the attendee gives for an attendee location.
 */
export const bookingLocationInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('address') }),
  z.object({ type: z.literal('link') }),
  z.object({ type: z.literal('phone') }),
  z.object({ type: z.literal('organizersDefaultApp') }),
  z.object({ type: z.literal('integration'), integration: z.enum(locationIntegrations) }),
  z.object({ type: z.literal('attendeeAddress'), address: z.string().trim().min(1).max(500) }),
  z.object({ type: z.literal('attendeePhone'), phone }),
  z.object({ type: z.literal('attendeeDefined'), location: z.string().trim().min(1).max(500) }),
]);

export type BookingLocationInput = z.output<typeof bookingLocationInput>;

/** At most 50 keys of at most 40 characters, string values of at most 500 (Cal.com's limits). */
export const bookingMetadata = z
  .record(z.string().max(40, 'Keys have at most 40 characters'), z.string().max(500))
  .refine((value) => Object.keys(value).length <= 50, 'At most 50 keys');

/**
 * `POST /v2/bookings`: the PRD's body and Cal.com 2024-08-13's. The event type is named by
 * `eventTypeId`, or by `eventTypeSlug` with its owner's `username` or its team's `teamSlug`.
 */
export const createBookingInput = z
  .object({
    start: instant.optional().describe('Required unless `instant` is true'),
    eventTypeId: recordId.optional(),
    eventTypeSlug: z.string().min(1).max(200).optional(),
    username: z.string().min(1).max(200).optional(),
    teamSlug: z.string().min(1).max(200).optional().describe("A team event type's team"),
    hostId: recordId
      .optional()
      .describe('Team admins: pin the round-robin host instead of letting round robin choose'),
    attendee: bookingAttendeeInput,
    guests: z.array(email).max(30).optional(),
    bookingFieldsResponses: z.record(z.string(), z.unknown()).optional(),
    location: z.union([z.string().trim().min(1).max(2048), bookingLocationInput]).optional(),
    lengthInMinutes: z.number().int().positive().max(1440).optional(),
    metadata: bookingMetadata.optional(),
    recurrenceCount: z
      .number()
      .int()
      .min(1)
      .max(730)
      .optional()
      .describe('How many occurrences of a recurring event type to book (default: all of them)'),
    instant: z
      .boolean()
      .optional()
      .describe('Book now (the next whole minute), without confirmation: instant event types only'),
  })
  .refine((body) => body.start !== undefined || body.instant === true, {
    path: ['start'],
    message: 'Give start (or instant: true)',
  })
  .refine(
    (body) =>
      body.eventTypeId !== undefined || (body.eventTypeSlug && (body.username || body.teamSlug)),
    {
      path: ['eventTypeId'],
      message: 'Give eventTypeId, or eventTypeSlug with username or teamSlug',
    },
  );

export type CreateBookingInput = z.output<typeof createBookingInput>;

/** `{uid}` of a booking. */
export const bookingUidParams = z.object({
  uid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'Not a booking uid (letters, digits, "-" and "_")'),
});

/** A seat's handle (`seatUid`): the key its holder has to it. */
const seatUid = z.string().min(1).max(100);

/**
 * `PATCH /v2/bookings/{uid}` and `POST …/reschedule`: the new start; with `seatUid` (Cal.com's
 * seated variant) only that seat moves.
 */
export const rescheduleBookingInput = z.object({
  start: instant,
  reschedulingReason: z.string().max(1000).optional(),
  rescheduledBy: email.optional(),
  seatUid: seatUid
    .optional()
    .describe('Seated events: move only this seat (its attendee) to the new start'),
});

export type RescheduleBookingInput = z.output<typeof rescheduleBookingInput>;

/** `DELETE /v2/bookings/{uid}` and `POST …/cancel`. */
export const cancelBookingInput = z.object({
  cancellationReason: z.string().max(1000).optional(),
  cancelSubsequentBookings: z
    .boolean()
    .optional()
    .describe('Also cancel the later occurrences of its recurring series'),
  seatUid: seatUid
    .optional()
    .describe('Seated events: give up this one seat instead of cancelling the booking'),
});

export type CancelBookingInput = z.output<typeof cancelBookingInput>;

/** Cal Video, the location of an event type that names none (as booking resolves it). */
export { defaultLocations } from './event-type-locations';

/** `POST /v2/bookings/{uid}/decline`. */
export const declineBookingInput = z.object({ reason: z.string().max(1000).optional() });

export type DeclineBookingInput = z.output<typeof declineBookingInput>;

/** An attendee named by email (Cal.com) or, for a phone-only attendee, by phone number. */
const absentAttendee = z
  .object({ email: email.optional(), phoneNumber: phone.optional(), absent: z.boolean() })
  .refine((attendee) => attendee.email !== undefined || attendee.phoneNumber !== undefined, {
    path: ['email'],
    message: 'Give the email (or, for a phone-only attendee, the phoneNumber)',
  });

/**
 * `POST /v2/bookings/{uid}/mark-absent`: the host's absence and/or attendees' (by email, or by
 * phone number for a phone-only attendee).
 */
export const markAbsentInput = z
  .object({
    host: z.boolean().optional(),
    attendees: z.array(absentAttendee).min(1).max(100).optional(),
  })
  .refine((body) => body.host !== undefined || body.attendees !== undefined, {
    path: ['attendees'],
    message: 'Give host, attendees, or both',
  });

export type MarkAbsentInput = z.output<typeof markAbsentInput>;
