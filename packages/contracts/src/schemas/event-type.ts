import { idParams, MAX_DB_ID } from './ids';
import { z } from 'zod';
import { bookingFields } from './event-type-booking-fields';
import { defaultLocations, eventTypeLocations, httpUrl } from './event-type-locations';
import {
  bookingLimitsCount,
  bookingLimitsDuration,
  bookingWindow,
  confirmationPolicy,
  disableable,
  recurrence,
  seats,
} from './event-type-options';

export { builtInFieldSlugs, type BookingField } from './event-type-booking-fields';
export { locationIntegrations, type EventTypeLocation } from './event-type-locations';
export * from './event-type-output';

const minutes = (max: number) => z.number().int().min(0).max(max);
const DAY_MINUTES = 1440;

/**
 * The settings of an event type, each optional: `POST` fills the absent ones from
 * {@link eventTypeDefaults}, `PATCH` leaves them unchanged. Durations are in minutes.
 * Nullable settings take `null` (or `{disabled: true}` for option objects) to clear them.
 */
export const eventTypeSettings = {
  title: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, digits and "-"'),
  lengthInMinutes: z.number().int().min(1).max(DAY_MINUTES),
  lengthInMinutesOptions: z
    .array(z.number().int().min(1).max(DAY_MINUTES))
    .min(1)
    .max(20)
    .refine((lengths) => new Set(lengths).size === lengths.length, 'Lengths must be unique')
    .nullable()
    .describe('Lengths the booker may choose from; must include lengthInMinutes'),
  description: z.string().max(10_000).nullable(),
  locations: eventTypeLocations,
  bookingFields,
  disableGuests: z.boolean(),
  slotInterval: z
    .number()
    .int()
    .min(1)
    .max(DAY_MINUTES)
    .nullable()
    .describe('Minutes between slot starts; null = lengthInMinutes'),
  minimumBookingNotice: minutes(366 * DAY_MINUTES),
  beforeEventBuffer: minutes(DAY_MINUTES),
  afterEventBuffer: minutes(DAY_MINUTES),
  offsetStart: minutes(DAY_MINUTES).describe('Shifts every slot start by this many minutes'),
  scheduleId: z
    .number()
    .int()
    .positive()
    .max(MAX_DB_ID)
    .nullable()
    .describe("One of the owner's schedules; null = the owner's default schedule"),
  bookingWindow: disableable(bookingWindow),
  bookingLimitsCount: disableable(bookingLimitsCount),
  bookingLimitsDuration: disableable(bookingLimitsDuration),
  onlyShowFirstAvailableSlot: z.boolean(),
  seats: disableable(seats),
  recurrence: disableable(recurrence),
  confirmationPolicy: disableable(confirmationPolicy),
  hidden: z.boolean().describe('Left out of the public list; still bookable by link'),
  successRedirectUrl: httpUrl.max(2048).nullable(),
  isInstantEvent: z.boolean(),
  metadata: z
    .record(z.string().max(100), z.unknown())
    .refine((value) => Object.keys(value).length <= 50, 'At most 50 keys'),
};

const settings = eventTypeSettings;

type Settings = { [K in keyof typeof settings]: z.output<(typeof settings)[K]> };

/** What an event type is created with when the request leaves a setting out. */
export const eventTypeDefaults = {
  lengthInMinutesOptions: null,
  description: null,
  locations: defaultLocations,
  bookingFields: [],
  disableGuests: false,
  slotInterval: null,
  minimumBookingNotice: 120,
  beforeEventBuffer: 0,
  afterEventBuffer: 0,
  offsetStart: 0,
  scheduleId: null,
  bookingWindow: null,
  bookingLimitsCount: null,
  bookingLimitsDuration: null,
  onlyShowFirstAvailableSlot: false,
  seats: null,
  recurrence: null,
  confirmationPolicy: null,
  hidden: false,
  successRedirectUrl: null,
  isInstantEvent: false,
  metadata: {},
} satisfies Omit<Settings, 'title' | 'slug' | 'lengthInMinutes'>;

/** A rule spanning settings, broken: `path` names the field to fix. */
export interface EventTypeRuleViolation {
  path: string[];
  message: string;
}

/**
 * Rules across settings, checked on whatever is present: a create body, a patch, or a patch
 * merged over the stored event type.
 */
export function eventTypeRuleViolations(value: Partial<Settings>): EventTypeRuleViolation[] {
  const violations: EventTypeRuleViolation[] = [];
  const { lengthInMinutes, lengthInMinutesOptions } = value;
  if (
    lengthInMinutes !== undefined &&
    lengthInMinutesOptions?.includes(lengthInMinutes) === false
  ) {
    violations.push({
      path: ['lengthInMinutesOptions'],
      message: `Must include lengthInMinutes (${lengthInMinutes})`,
    });
  }
  if (value.seats && value.recurrence) {
    violations.push({ path: ['recurrence'], message: 'A recurring event type cannot have seats' });
  }
  return violations;
}

/** Adds each broken cross-setting rule to a refinement's issues. */
export const checkEventTypeRules = (value: Partial<Settings>, ctx: z.RefinementCtx) => {
  for (const { path, message } of eventTypeRuleViolations(value)) {
    ctx.addIssue({ code: 'custom', path, message });
  }
};

type WithDefaults<S, D> = {
  [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K] & z.ZodType> : S[K];
};

/** The shape with each default of `defaults` applied to its schema. */
export function withDefaults<
  S extends Record<string, z.ZodType>,
  D extends Partial<Record<keyof S, unknown>>,
>(shape: S, defaults: D): WithDefaults<S, D> {
  const entries = Object.entries(shape).map(([key, schema]) =>
    key in defaults ? [key, schema.default(defaults[key])] : [key, schema],
  );
  return Object.fromEntries(entries) as WithDefaults<S, D>;
}

/** `POST /v2/event-types` body (Cal.com 2024-06-14); unknown properties are ignored. */
export const createEventTypeInput = z
  .object(withDefaults(settings, eventTypeDefaults))
  .superRefine(checkEventTypeRules);

/** `PATCH /v2/event-types/{id}` body: any settings; absent ones stay as they are. */
export const updateEventTypeInput = z.object(settings).partial().superRefine(checkEventTypeRules);

/** `{id}` of an event type in a path. */
export const eventTypeIdParams = idParams;

/**
 * `GET /v2/event-types` query: with `username`, that user's non-hidden event types, no key needed
 * (with `eventSlug` too, that one event type even if hidden: hidden means unlisted, not private);
 * otherwise the caller's own. `eventSlug` narrows either to one slug.
 */
export const listEventTypesQuery = z.object({
  username: z.string().trim().min(1).max(100).optional(),
  eventSlug: z.string().trim().min(1).max(100).optional(),
  sortCreatedAt: z.enum(['asc', 'desc']).optional(),
});

export type CreateEventTypeInput = z.output<typeof createEventTypeInput>;
export type UpdateEventTypeInput = z.output<typeof updateEventTypeInput>;
export type EventTypeSettings = Settings;
export type ListEventTypesQuery = z.output<typeof listEventTypesQuery>;

/** Stored shapes of the option settings, as the slot engine reads them (null = off). */
export type BookingWindowSetting = NonNullable<Settings['bookingWindow']>;
export type BookingLimitsSetting = NonNullable<Settings['bookingLimitsCount']>;
export type SeatsSetting = NonNullable<Settings['seats']>;
export type RecurrenceSetting = NonNullable<Settings['recurrence']>;
export type ConfirmationPolicySetting = NonNullable<Settings['confirmationPolicy']>;
