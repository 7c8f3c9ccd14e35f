import { locale } from '../i18n/en';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

const toMs = (instant: string | number) =>
  typeof instant === 'number' ? instant : Date.parse(instant);

/** "9:30 AM" or "09:30". */
export function formatTime(instant: string | number, timeZone: string, hour12: boolean): string {
  return formatter(`t|${timeZone}|${hour12}`, {
    timeZone,
    hour: hour12 ? 'numeric' : '2-digit',
    minute: '2-digit',
    hour12,
  }).format(toMs(instant));
}

/** "Monday, March 9, 2026" for an instant in a zone. */
export function formatLongDate(instant: string | number, timeZone: string): string {
  return formatter(`ld|${timeZone}`, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(toMs(instant));
}

/** A local date ('YYYY-MM-DD') written out, with no zone involved. */
export function formatDate(
  date: string,
  style: 'long' | 'dayMonth' | 'weekdayShort' | 'dayNumber' | 'monthYear',
): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d || 1, 12);
  const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
    long: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
    dayMonth: { weekday: 'short', month: 'short', day: 'numeric' },
    weekdayShort: { weekday: 'short' },
    dayNumber: { day: 'numeric' },
    monthYear: { month: 'long', year: 'numeric' },
  };
  return formatter(`d|${style}`, { ...options[style], timeZone: 'UTC' }).format(ms);
}

/** "GMT+1", "GMT-4" for a zone at an instant. */
export function zoneOffsetLabel(timeZone: string, at: number): string {
  const part = formatter(`z|${timeZone}`, { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** The browser's own preference for a 12-hour clock. */
export function prefers12Hour(): boolean {
  try {
    const cycle = new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions()
      .hourCycle;
    return cycle === 'h11' || cycle === 'h12';
  } catch {
    return false;
  }
}
