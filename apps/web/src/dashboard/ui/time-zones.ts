import type { Option } from './form';

/** The browser's zone, for a new account's default. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

let zones: string[] | null = null;

/** Every IANA zone the browser knows, with `current` included even if it does not. */
export function timeZoneOptions(current: string): Option[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  const list = zones.includes(current) ? zones : [current, ...zones];
  return list.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}
