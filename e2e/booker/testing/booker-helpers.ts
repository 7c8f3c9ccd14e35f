import type { Harness } from '../../harness';

/** Every day, all day, in UTC: every half hour from now on is bookable (minimum notice 0). */
export async function alwaysOpenSchedule(h: Harness, key = h.user.apiKey): Promise<number> {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const response = await h.api('/v2/schedules', {
    method: 'POST',
    key,
    body: {
      name: 'Always',
      timeZone: 'UTC',
      isDefault: false,
      availability: [{ days, startTime: '00:00', endTime: '23:59' }],
    },
  });
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.data.id as number;
}

/** 'YYYY-MM-DD' `days` from now in the zone. */
export function dateIn(days: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.now() + days * 86_400_000);
}

/** The UTC instant (ISO, ms precision) of a wall-clock time on a date in a zone. */
export function instantOf(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offset = (at: number) => {
    const parts: Record<string, number> = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      })
        .formatToParts(at)
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour! % 24, parts.minute) - at;
  };
  let guess = wall - offset(wall);
  guess = wall - offset(guess);
  return new Date(guess).toISOString();
}

/** A booking as the API returns it, by uid (with the host's key). */
export async function bookingByUid(h: Harness, uid: string): Promise<any> {
  const response = await h.api(`/v2/bookings/${uid}`);
  if (response.status !== 200) throw new Error(`GET booking ${uid}: ${response.status}`);
  return response.body.data;
}

/** The uid at the end of a /booking/{uid} URL. */
export const uidFromUrl = (url: string) => new URL(url).pathname.split('/')[2]!;

/** "Thursday, November 26, 2026", as the Booker writes a date out. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d, 12));
}
