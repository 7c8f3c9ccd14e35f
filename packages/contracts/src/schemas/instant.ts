import { z } from 'zod';

/**
 * The instants Kairos takes: from 1900 to before the year 3000. Outside, zone rules are guesses,
 * recurrence overflows and PostgreSQL's timestamps run out, so such a value is refused up front
 * (422 on its field) instead of failing deep inside.
 */
export const FIRST_INSTANT_MS = Date.UTC(1900, 0, 1);
export const LAST_INSTANT_MS = Date.UTC(3000, 0, 1);

export const isSupportedInstant = (ms: number): boolean =>
  ms >= FIRST_INSTANT_MS && ms < LAST_INSTANT_MS;

export const UNSUPPORTED_INSTANT = 'Must be between the years 1900 and 3000';

/** An ISO 8601 instant with `Z` or an offset, inside the supported years; kept as text. */
export const instantText = (error = 'Must be an ISO 8601 instant such as "2026-03-09T14:00:00Z"') =>
  z.iso
    .datetime({ offset: true, error })
    .refine((text) => isSupportedInstant(Date.parse(text)), UNSUPPORTED_INSTANT);
