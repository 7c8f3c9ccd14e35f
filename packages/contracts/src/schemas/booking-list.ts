import { z } from 'zod';
import { instantText } from './instant';

/** Cal.com's status filters; a booking matches when it matches any of those given. */
export const bookingStatusFilters = [
  'upcoming',
  'recurring',
  'past',
  'cancelled',
  'unconfirmed',
] as const;

export type BookingStatusFilter = (typeof bookingStatusFilters)[number];

const commaList = <T extends z.ZodType<unknown, string>>(item: T, message: string) =>
  z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()))
    .pipe(z.array(item, message).min(1, message));

const teamIdList = commaList(
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .transform(Number)
    .pipe(z.number().max(2_147_483_647)),
  'Give team ids separated by commas',
);

const instant = instantText('Must be an ISO 8601 instant (2026-03-09T09:00:00Z)').transform(
  (text) => new Date(text),
);
const order = z.enum(['asc', 'desc']);
const count = (max: number) => z.coerce.number().int().min(1).max(max);

/**
 * `GET /v2/bookings` (Cal.com 2024-08-13 filters). Pagination is either the PRD's cursor
 * (`limit`, `cursor`) or Cal.com's `take`/`skip`; sorts apply in the order start, end, created,
 * updated, then by id.
 */
export const listBookingsQuery = z.object({
  status: commaList(
    z.enum(bookingStatusFilters),
    `Use ${bookingStatusFilters.join(', ')}`,
  ).optional(),
  // Cal.com turns spaces back into "+": query strings decode "+" as a space.
  attendeeEmail: z
    .string()
    .max(320)
    .transform((text) => text.replaceAll(' ', '+'))
    .optional(),
  attendeeName: z.string().max(200).optional(),
  bookingUid: z.string().max(100).optional(),
  eventTypeId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  eventTypeIds: commaList(
    z
      .string()
      .regex(/^[1-9]\d{0,9}$/)
      .transform(Number),
    'Give ids separated by commas',
  ).optional(),
  teamId: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .optional()
    .describe("Team admins: the bookings of the team's event types instead of yours"),
  teamIds: teamIdList.optional().describe('Several teams at once (comma list)'),
  teamsIds: teamIdList.optional().describe("Cal.com's spelling of teamIds"),
  afterStart: instant.optional(),
  beforeEnd: instant.optional(),
  afterCreatedAt: instant.optional(),
  beforeCreatedAt: instant.optional(),
  afterUpdatedAt: instant.optional(),
  beforeUpdatedAt: instant.optional(),
  sortStart: order.optional(),
  sortEnd: order.optional(),
  sortCreated: order.optional(),
  sortUpdatedAt: order.optional(),
  take: count(250).optional(),
  skip: z.coerce.number().int().min(0).optional(),
  limit: count(250).optional(),
  cursor: z.string().max(500).optional(),
});

export type ListBookingsQuery = z.output<typeof listBookingsQuery>;
