import { z } from 'zod';
import { timeZone } from './time-zone';

export const weekDay = z.enum([
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
]);

/** The authenticated user as `GET /v2/me` presents it (Cal.com's shape plus `name`). */
export const userOutput = z.object({
  id: z.number().int(),
  email: z.string(),
  username: z.string(),
  name: z.string(),
  timeZone: z.string(),
  weekStart: weekDay,
  timeFormat: z.union([z.literal(12), z.literal(24)]),
  defaultScheduleId: z.number().int().nullable(),
  organizationId: z.null(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const updateMeInput = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  timeZone: timeZone.optional(),
  weekStart: weekDay.optional(),
  timeFormat: z.union([z.literal(12), z.literal(24)]).optional(),
});

export type UserOutput = z.infer<typeof userOutput>;
