import { z } from 'zod';
import { MAX_DB_ID } from './ids';
import { instantText, isSupportedInstant, UNSUPPORTED_INSTANT } from './instant';
import { timeZone } from './time-zone';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An instant as ISO 8601 with an offset or Z, or a date alone (Cal.com 2024-09-04: a date-only
 * start means 00:00 UTC that day, a date-only end 23:59:59 UTC).
 */
const instantOrDate = (edge: 'start' | 'end') =>
  z.string().transform((text, ctx) => {
    const isDate = DATE_ONLY.test(text);
    const iso = isDate ? `${text}T${edge === 'start' ? '00:00:00' : '23:59:59'}Z` : text;
    const valid = isDate || z.iso.datetime({ offset: true }).safeParse(text).success;
    const ms = Date.parse(iso);
    if (!valid || Number.isNaN(ms)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Must be an ISO 8601 instant (2026-03-09T09:00:00Z) or a date (2026-03-09)',
      });
      return z.NEVER;
    }
    if (!isSupportedInstant(ms)) {
      ctx.addIssue({ code: 'custom', message: UNSUPPORTED_INSTANT });
      return z.NEVER;
    }
    return new Date(ms);
  });

const positiveInt = z.coerce.number().int().positive();
const eventTypeId = positiveInt.max(MAX_DB_ID);
const optionalTimeZone = timeZone.optional();

/** Legacy `GET /v2/slots/available` (the PRD's): startTime, endTime. */
export const availableSlotsQuery = z.object({
  eventTypeId: eventTypeId.optional(),
  eventTypeSlug: z.string().optional(),
  teamSlug: z.string().optional(),
  usernameList: z.union([z.string(), z.array(z.string())]).optional(),
  'usernameList[]': z.union([z.string(), z.array(z.string())]).optional(),
  startTime: instantOrDate('start'),
  endTime: instantOrDate('end'),
  timeZone: optionalTimeZone,
  duration: positiveInt.optional(),
  rescheduleUid: z.string().optional(),
  slotFormat: z.enum(['time', 'range']).optional(),
});

/** `GET /v2/slots` (Cal.com 2024-09-04): start, end. */
export const slotsQuery = z.object({
  eventTypeId: eventTypeId.optional(),
  eventTypeSlug: z.string().optional(),
  username: z.string().optional(),
  teamSlug: z.string().optional(),
  start: instantOrDate('start'),
  end: instantOrDate('end'),
  timeZone: optionalTimeZone,
  duration: positiveInt.optional(),
  format: z.enum(['time', 'range']).optional(),
  bookingUidToReschedule: z.string().optional(),
});

/** `GET /v2/slots/explain`: why a start is or is not offered. */
export const explainSlotQuery = z.object({
  eventTypeId,
  start: instantText(),
  duration: positiveInt.optional(),
  timeZone: optionalTimeZone,
});

/** PRD A.3: `{"slots": {"2026-03-09": ["09:00:00", ...]}}` in `timeZone`, every date of the window. */
export const availableSlotsOutput = z.object({
  slots: z.record(
    z.string(),
    z.array(
      z.union([
        z.string(),
        z.object({ time: z.string() }),
        z.object({ startTime: z.string(), endTime: z.string() }),
      ]),
    ),
  ),
});

const slotEntry = z.object({
  start: z.string(),
  end: z.string().optional(),
  seatsBooked: z.number().int().optional(),
  seatsRemaining: z.number().int().optional(),
  seatsTotal: z.number().int().optional(),
  bookingUid: z.string().optional(),
});

/** Cal.com 2024-09-04: `{"2026-03-09": [{"start": "2026-03-09T09:00:00.000-04:00"}]}`. */
export const slotsOutput = z.record(z.string(), z.array(slotEntry));

export const explainSlotOutput = z.object({
  start: z.string(),
  end: z.string(),
  bookable: z.boolean(),
  hostIds: z.array(z.number().int()),
  reasons: z.array(z.object({ code: z.string(), message: z.string() }).catchall(z.unknown())),
});

export type SlotsOutput = z.infer<typeof slotsOutput>;
export type AvailableSlotsOutput = z.infer<typeof availableSlotsOutput>;
