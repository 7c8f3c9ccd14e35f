import { z } from 'zod';

/** True for any IANA zone name this runtime knows (`Europe/London`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name. */
export const timeZone = z
  .string()
  .refine(isValidTimeZone, { message: 'Must be an IANA time zone such as "America/New_York"' });
