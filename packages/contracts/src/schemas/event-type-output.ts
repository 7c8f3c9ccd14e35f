import { z } from 'zod';
import { bookingField } from './event-type-booking-fields';
import { eventTypeLocation } from './event-type-locations';
import {
  bookingLimitsCount,
  bookingLimitsDuration,
  bookingWindow,
  confirmationPolicy,
  recurrence,
  seats,
} from './event-type-options';

/** Cal.com's host priorities, lowest to highest (stored as 0 … 4; 2 when unset). */
export const hostPriorities = ['lowest', 'low', 'medium', 'high', 'highest'] as const;

/** A person as an event type shows them: never their email. */
export const eventTypeUserOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string(),
});

/** Who hosts it; `mandatory` hosts always attend (Cal.com's `isFixed`). */
export const eventTypeHostOutput = z.object({
  userId: z.number().int(),
  name: z.string(),
  username: z.string(),
  mandatory: z.boolean(),
  priority: z.enum(hostPriorities),
});

const int = z.number().int();

/**
 * A location as returned: in full to the owner; to anyone else a non-public address, link or
 * phone number shows only its type, its details come with the booking.
 */
export const eventTypeLocationOutput = z.union([
  eventTypeLocation,
  z.object({ type: z.enum(['address', 'link', 'phone']), public: z.literal(false) }),
]);

/**
 * An event type as the API returns it (Cal.com 2024-06-14). Every setting is present with its
 * default filled; settings that are off (`{disabled: true}` on input) and unset optional values
 * are `null`. Durations are minutes; `createdAt`/`updatedAt` are UTC ISO instants.
 */
export const eventTypeOutput = z.object({
  id: int,
  ownerId: int.nullable().describe('The owning user (null for team event types)'),
  title: z.string(),
  slug: z.string(),
  description: z.string().nullable(),
  lengthInMinutes: int,
  lengthInMinutesOptions: z.array(int).nullable(),
  locations: z.array(eventTypeLocationOutput),
  bookingFields: z.array(bookingField),
  disableGuests: z.boolean(),
  slotInterval: int.nullable(),
  minimumBookingNotice: int,
  beforeEventBuffer: int,
  afterEventBuffer: int,
  offsetStart: int,
  scheduleId: int.nullable().describe("null = the owner's default schedule"),
  bookingWindow: bookingWindow.nullable(),
  bookingLimitsCount: bookingLimitsCount.nullable(),
  bookingLimitsDuration: bookingLimitsDuration.nullable(),
  onlyShowFirstAvailableSlot: z.boolean(),
  seats: seats.nullable(),
  recurrence: recurrence.nullable(),
  confirmationPolicy: confirmationPolicy.nullable(),
  hidden: z.boolean(),
  successRedirectUrl: z.string().nullable(),
  isInstantEvent: z.boolean(),
  metadata: z.record(z.string(), z.unknown()),
  price: z.number().describe('Always 0: payments are not supported'),
  currency: z.string(),
  users: z.array(eventTypeUserOutput).describe('The owner'),
  hosts: z.array(eventTypeHostOutput),
  parentEventTypeId: int
    .optional()
    .describe("A managed event type's copy: the team template it follows (absent otherwise)"),
  lockedFields: z
    .array(z.string())
    .optional()
    .describe('On such a copy: the settings only the team template changes'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** What `DELETE /v2/event-types/{id}` returns about the deleted event type (Cal.com). */
export const deletedEventTypeOutput = z.object({
  id: int,
  lengthInMinutes: int,
  slug: z.string(),
  title: z.string(),
});

export type EventTypeOutput = z.input<typeof eventTypeOutput>;
export type EventTypeHostOutput = z.input<typeof eventTypeHostOutput>;
export type EventTypeUserOutput = z.input<typeof eventTypeUserOutput>;
