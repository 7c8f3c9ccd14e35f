import { z } from 'zod';

/**
 * Option objects of an event type in Cal.com's API v2 shapes (2024-06-14). Each accepts
 * `{disabled: true}` (or `null`) to turn it off; parsing turns that into `null`, the stored form,
 * and drops `disabled: false` from the objects that stay on.
 */

/** `disabled` as an option object may carry it while on: absent or false. */
const enabled = { disabled: z.literal(false).optional() };

const disabledInput = z
  .object({ disabled: z.literal(true) })
  .describe('Turns the option off; stored and returned as null');

type Setting = z.ZodObject | z.ZodDiscriminatedUnion;
type WithoutDisabled<T> = T extends unknown ? Omit<T, 'disabled'> : never;

/**
 * `{disabled: true}` | `null` | the setting; the output is `null` or the setting without its
 * `disabled` key.
 */
export function disableable<T extends Setting>(setting: T) {
  return z
    .discriminatedUnion('disabled', [disabledInput, setting])
    .nullable()
    .transform((input): WithoutDisabled<z.output<T>> | null => {
      const value = input as { disabled?: boolean } | null;
      if (value === null || value.disabled === true) return null;
      const { disabled: _disabled, ...rest } = value;
      return rest as WithoutDisabled<z.output<T>>;
    });
}

const LIMIT_UNITS = ['day', 'week', 'month', 'year'] as const;

/**
 * Booking limits per calendar day, week, month and year (`PER_DAY` … in Cal.com's storage); each
 * at least 1, and a longer period never allows less than a shorter one.
 */
function intervalLimits(what: string) {
  const limit = z.number().int().min(1).max(1_000_000).optional();
  return z
    .object({ ...enabled, day: limit, week: limit, month: limit, year: limit })
    .superRefine((value, ctx) => {
      const present = LIMIT_UNITS.filter((unit) => value[unit] !== undefined);
      if (present.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'Give day, week, month or year, or disable it' });
      }
      present.forEach((unit, index) => {
        const shorter = present[index - 1];
        if (shorter && value[unit]! < value[shorter]!) {
          ctx.addIssue({
            code: 'custom',
            path: [unit],
            message: `Must be at least the ${shorter} limit (${value[shorter]} ${what})`,
          });
        }
      });
    });
}

/** How many bookings of the event type each period may hold. */
export const bookingLimitsCount = intervalLimits('bookings');
/** How many minutes of this event type each period may hold. */
export const bookingLimitsDuration = intervalLimits('minutes');

/**
 * How far ahead it can be booked: `value` business or calendar days from today (`rolling: true`
 * keeps `value` bookable days in view), or an inclusive range of local dates.
 */
export const bookingWindow = z.discriminatedUnion('type', [
  z.object({
    ...enabled,
    type: z.enum(['businessDays', 'calendarDays']),
    value: z.number().int().min(1).max(3650),
    rolling: z.boolean().default(false),
  }),
  z
    .object({
      ...enabled,
      type: z.literal('range'),
      value: z.tuple([z.iso.date(), z.iso.date()]).describe('[first, last] "YYYY-MM-DD"'),
    })
    .refine((window) => window.value[0] <= window.value[1], {
      message: 'The range must end on or after its start',
      path: ['value'],
    }),
]);

/** Several attendees per slot (`seatsPerTimeSlot`, at most 1000). */
export const seats = z.object({
  ...enabled,
  seatsPerTimeSlot: z.number().int().min(1).max(1000),
  showAttendeeInfo: z.boolean().default(false),
  showAvailabilityCount: z.boolean().default(true),
});

/** A recurring event: `occurrences` bookings every `interval` weeks, months or years. */
export const recurrence = z.object({
  ...enabled,
  frequency: z.enum(['yearly', 'monthly', 'weekly', 'daily']),
  interval: z.number().int().min(1).max(1000),
  occurrences: z.number().int().min(1).max(730),
});

const blockUnconfirmedBookingsInBooker = z
  .boolean()
  .describe('Whether unconfirmed bookings keep their slot blocked');

/**
 * Bookings wait for the organizer's confirmation: always, or (`time`) only when booked less than
 * `noticeThreshold` ahead.
 */
export const confirmationPolicy = z.discriminatedUnion('type', [
  z.object({ ...enabled, type: z.literal('always'), blockUnconfirmedBookingsInBooker }),
  z.object({
    ...enabled,
    type: z.literal('time'),
    noticeThreshold: z.object({
      unit: z.enum(['minutes', 'hours']),
      count: z.number().int().min(1).max(1_000_000),
    }),
    blockUnconfirmedBookingsInBooker,
  }),
]);
