/** Wording helpers shared by the dashboard's strings. */

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 90 -> "1 h 30 min", 2880 -> "2 days". */
export function duration(minutes: number): string {
  if (minutes === 0) return 'none';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [
    days ? plural(days, 'day', 'days') : '',
    hours ? `${hours} h` : '',
    rest ? `${rest} min` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export type Day =
  'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';
