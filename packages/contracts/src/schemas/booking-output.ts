import { z } from 'zod';

/** A host as Cal.com 2024-08-13 shows it. */
export const bookingHostOutput = z.object({
  id: z.number().int(),
  name: z.string().nullable(),
  email: z.string(),
  displayEmail: z.string(),
  username: z.string().nullable(),
  timeZone: z.string(),
});

/** An attendee; `phoneNumber` and `language` only when given; a phone-only one has no email. */
export const bookingAttendeeOutput = z.object({
  name: z.string(),
  email: z.string().nullable(),
  displayEmail: z.string().nullable(),
  timeZone: z.string(),
  language: z.string().optional(),
  phoneNumber: z.string().optional(),
  absent: z.boolean(),
  /** Seated events: shown to the seat's holder and the hosts only (it cancels the seat). */
  seatUid: z.string().optional(),
});

/**
 * A booking: every field of the PRD's example (uid, id, eventTypeId, title, start, end, status,
 * attendees, host, location, metadata, createdAt, updatedAt) plus Cal.com 2024-08-13's. Instants
 * are UTC ISO strings; `duration` is in minutes. `host` is the organizer; `hosts` everyone the
 * booking occupies. Reason and reschedule fields appear only when set, as on Cal.com.
 */
export const bookingOutput = z.object({
  id: z.number().int(),
  uid: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  status: z.enum(['accepted', 'pending', 'cancelled', 'rejected']),
  start: z.string(),
  end: z.string(),
  duration: z.number().int(),
  eventTypeId: z.number().int().nullable(),
  eventType: z.object({ id: z.number().int(), slug: z.string() }).nullable(),
  host: z.object({ id: z.number().int(), name: z.string().nullable(), email: z.string() }),
  hosts: z.array(bookingHostOutput),
  attendees: z.array(bookingAttendeeOutput),
  guests: z.array(z.string()),
  location: z.string().nullable(),
  metadata: z.record(z.string(), z.string()),
  bookingFieldsResponses: z.record(z.string(), z.unknown()),
  absentHost: z.boolean(),
  cancellationReason: z.string().optional(),
  cancelledByEmail: z.string().optional(),
  reschedulingReason: z.string().optional(),
  rescheduledByEmail: z.string().optional(),
  rescheduledFromUid: z.string().optional(),
  rescheduledToUid: z.string().optional(),
  recurringBookingUid: z.string().optional(),
  /** The seat just taken (creating a booking of a seated event type). */
  seatUid: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type BookingOutput = z.input<typeof bookingOutput>;

/** One booking, or every occurrence of a recurring series (Cal.com answers with an array). */
export const bookingOrSeriesOutput = z.union([bookingOutput, z.array(bookingOutput)]);
