import { idParams, dbId } from './ids';
import { instantText } from './instant';
import { z } from 'zod';

/** Why someone is away (Cal.com's OutOfOfficeReason, lower case). */
export const outOfOfficeReason = z.enum([
  'unspecified',
  'vacation',
  'travel',
  'sick',
  'public_holiday',
]);

/** An instant in ISO 8601 with `Z` or an offset (`2026-07-01T09:00:00+02:00`). */
const instant = instantText('Must be an ISO 8601 instant with Z or an offset');

const userId = dbId;
const notes = z.string().trim().max(2000);

/** True unless both bounds are given and `end` is not after `start`. */
function endsAfterStart(entry: { start?: string | undefined; end?: string | undefined }): boolean {
  if (entry.start === undefined || entry.end === undefined) return true;
  const [start, end] = [Date.parse(entry.start), Date.parse(entry.end)];
  return Number.isNaN(start) || Number.isNaN(end) || end > start;
}

const endAfterStart = { message: 'Must be after start', path: ['end'] };

/**
 * `POST /v2/me/ooo`: the caller is away from `start` to `end` (instants, end exclusive).
 * `toUserId` names another existing user to redirect bookings to.
 */
export const createOutOfOfficeInput = z
  .object({
    start: instant,
    end: instant,
    reason: outOfOfficeReason.default('unspecified'),
    notes: notes.nullable().optional(),
    toUserId: userId.nullable().optional(),
  })
  .refine(endsAfterStart, endAfterStart);

/** `PATCH /v2/me/ooo/{id}`: every field optional; `null` clears `notes` or `toUserId`. */
export const updateOutOfOfficeInput = z
  .object({
    start: instant.optional(),
    end: instant.optional(),
    reason: outOfOfficeReason.optional(),
    notes: notes.nullable().optional(),
    toUserId: userId.nullable().optional(),
  })
  .refine(endsAfterStart, endAfterStart);

/**
 * `GET /v2/me/ooo` filters: `afterStart` keeps entries starting at or after it, `beforeEnd`
 * entries ending at or before it; together, the entries lying wholly inside that window.
 */
export const listOutOfOfficeQuery = z.object({
  afterStart: instant.optional(),
  beforeEnd: instant.optional(),
});

/** An out-of-office entry; instants as UTC ISO strings. */
export const outOfOfficeOutput = z.object({
  id: z.number().int(),
  uuid: z.string(),
  userId: z.number().int(),
  start: z.string(),
  end: z.string(),
  reason: outOfOfficeReason,
  notes: z.string().nullable(),
  toUserId: z.number().int().nullable().describe('Who bookings are redirected to, if anyone'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The `{id}` of an out-of-office entry in a path. */
export const outOfOfficeIdParams = idParams;

export type OutOfOfficeReason = z.infer<typeof outOfOfficeReason>;
export type OutOfOfficeOutput = z.infer<typeof outOfOfficeOutput>;
export type CreateOutOfOfficeInput = z.infer<typeof createOutOfOfficeInput>;
export type UpdateOutOfOfficeInput = z.infer<typeof updateOutOfOfficeInput>;
