import { prefers12Hour } from './format';
import { browserTimeZone, isTimeZone } from './zoned';

/** The visitor's zone and clock, remembered in this browser across booking pages. */

const ZONE_KEY = 'kairos.timeZone';
const CLOCK_KEY = 'kairos.hour12';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
}

/** `?timezone=` in the link, else the zone chosen before, else the browser's. */
export function preferredTimeZone(search = ''): string {
  const params = new URLSearchParams(search);
  for (const zone of [params.get('timezone'), params.get('timeZone'), read(ZONE_KEY)]) {
    if (zone && isTimeZone(zone)) return zone;
  }
  return browserTimeZone();
}

export const saveTimeZone = (zone: string) => write(ZONE_KEY, zone);

export function preferredHour12(): boolean {
  const saved = read(CLOCK_KEY);
  return saved === null ? prefers12Hour() : saved === 'true';
}

export const saveHour12 = (hour12: boolean) => write(CLOCK_KEY, String(hour12));
