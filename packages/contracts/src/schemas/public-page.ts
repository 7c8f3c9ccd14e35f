import { z } from 'zod';
import { bookingOutput } from './booking-output';
import { bookingField } from './event-type-booking-fields';
import { eventTypeLocationOutput } from './event-type-output';
import { recurrence } from './event-type-options';
import { appearanceOutput, weekDay } from './user';

/**
 * What the public booking pages read: a person's public profile and look, the event types they
 * list, one event type's booking form, and a booking by its uid. Nothing here carries an email
 * address except the booking itself, which only the uid's holder can read.
 */

/** A host (a person or a team) as a booking page shows them. */
export const publicProfile = z.object({
  username: z.string().describe("The person's username, or the team's slug"),
  name: z.string(),
  bookingPath: z
    .string()
    .describe('Where their booking pages live: "/ada" for a person, "/team/sales" for a team'),
  weekStart: weekDay,
  timeFormat: z.union([z.literal(12), z.literal(24)]),
  appearance: appearanceOutput,
});

const int = z.number().int();

/** Seats as the booker sees them (the count is shown only when `showAvailabilityCount`). */
export const publicSeats = z.object({
  seatsPerTimeSlot: int,
  showAttendeeInfo: z.boolean(),
  showAvailabilityCount: z.boolean(),
});

/** An event type in a person's list. */
export const publicEventTypeSummary = z.object({
  id: int,
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  lengthInMinutes: int,
  lengthInMinutesOptions: z.array(int).nullable(),
  seats: publicSeats.nullable(),
  recurrence: recurrence.omit({ disabled: true }).nullable(),
  requiresConfirmation: z
    .boolean()
    .describe('Bookings may wait for the host (always, or when booked at short notice)'),
});

/**
 * One event type, with what the Booker needs to build its form: locations (details of
 * non-public ones withheld), booking fields as stored (an empty list means the default form),
 * and the hosts' names.
 */
export const publicEventType = publicEventTypeSummary.extend({
  locations: z.array(eventTypeLocationOutput),
  bookingFields: z.array(bookingField),
  disableGuests: z.boolean(),
  successRedirectUrl: z.string().nullable(),
  hidden: z.boolean(),
  hosts: z.array(z.object({ name: z.string(), username: z.string() })),
});

/**
 * `GET /api/public/users/{username}` and `GET /api/public/teams/{teamSlug}`: the profile and its
 * listed (not hidden) event types.
 */
export const publicUserPage = z.object({
  profile: publicProfile,
  eventTypes: z.array(publicEventTypeSummary),
});

/** One event type of a person or a team, by slug (hidden ones too: they are booked by link). */
export const publicEventTypePage = z.object({
  profile: publicProfile,
  eventType: publicEventType,
});

/**
 * `GET /api/public/bookings/{uid}`: the booking as its uid's holder sees it, with the event type
 * (null once deleted) and the organizer's profile for the page's look.
 */
export const publicBookingPage = z.object({
  booking: bookingOutput,
  eventType: publicEventType.nullable(),
  profile: publicProfile.nullable(),
});

/** `{username}` of a person. */
export const usernameParams = z.object({ username: z.string().min(1).max(100) });

/** `{username}` and `{eventSlug}`. */
export const eventTypePageParams = usernameParams.extend({
  eventSlug: z.string().min(1).max(200),
});

/** `{teamSlug}` of a team. */
export const teamSlugParams = z.object({ teamSlug: z.string().min(1).max(100) });

/** `{teamSlug}` and `{eventSlug}`. */
export const teamEventTypePageParams = teamSlugParams.extend({
  eventSlug: z.string().min(1).max(200),
});

/** The seat whose holder is reading (seated events show only that seat's attendee). */
export const publicBookingQuery = z.object({ seatUid: z.string().min(1).max(100).optional() });

export type PublicProfile = z.infer<typeof publicProfile>;
export type PublicEventTypeSummary = z.input<typeof publicEventTypeSummary>;
export type PublicEventType = z.input<typeof publicEventType>;
export type PublicUserPage = z.input<typeof publicUserPage>;
export type PublicEventTypePage = z.input<typeof publicEventTypePage>;
export type PublicBookingPage = z.input<typeof publicBookingPage>;
