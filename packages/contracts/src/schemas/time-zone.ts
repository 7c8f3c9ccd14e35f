import { z } from 'zod';

/** Zones already checked: building a formatter per request costs more than the slot search. */
const known = new Map<string, boolean>();

/** True for any IANA zone name this runtime knows (`Europe/London`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  const cached = known.get(zone);
  if (cached !== undefined) return cached;
  let valid = true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    valid = false;
  }
  if (known.size < 2_000) known.set(zone, valid);
  return valid;
}

/** An IANA time zone name. */
export const timeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'Must be an IANA time zone such as "America/New_York"' });
