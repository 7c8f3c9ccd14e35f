import { useEffect, useMemo, useState } from 'react';
import { en } from '../i18n/en';
import { zoneOffsetLabel } from '../time/format';

export type Layout = 'month_view' | 'week_view' | 'column_view';
export const layouts: Layout[] = ['month_view', 'week_view', 'column_view'];

/** ICU's old names (what Chromium lists) → the names people know today. */
const CURRENT_NAMES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Every zone the browser knows, by today's names, with UTC and the current choice in it. */
function allZones(current: string): string[] {
  let zones: string[] = [];
  try {
    const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    zones = (list?.('timeZone') ?? []).map((zone) => CURRENT_NAMES[zone] ?? zone);
  } catch {
    zones = [];
  }
  // The browser may report the old name of the visitor's zone: list it under that name.
  const twin = CURRENT_NAMES[current];
  if (twin) zones = zones.filter((zone) => zone !== twin);
  zones = [...new Set(['UTC', ...zones])].sort((a, b) =>
    a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b),
  );
  return zones.includes(current) ? zones : [current, ...zones];
}

/**
 * The visitor's time zone. The full list (about 400 zones, each labelled with its offset) is
 * built when the control is first used, not at page load.
 */
export function TimeZoneSelect(props: { value: string; onChange: (zone: string) => void }) {
  const [zones, setZones] = useState<string[] | null>(null);
  const current = props.value;
  // About 400 labels, each with its offset now: worked out once, not on every render.
  const options = useMemo(() => {
    const now = Date.now();
    return (zones ?? [current]).map((zone) => ({
      zone,
      label: `${zone.replace(/_/g, ' ')} (${zoneOffsetLabel(zone, now)})`,
    }));
  }, [zones, current]);
  const fill = () => setZones((zones) => zones ?? allZones(current));
  useEffect(() => {
    // Off the critical path: the list is ready before anyone opens it.
    const timer = setTimeout(() => setZones((zones) => zones ?? allZones(current)), 300);
    return () => clearTimeout(timer);
  }, [current]);
  return (
    <label className="field-inline">
      <span className="field-inline-label">{en.details.timeZone}</span>
      <select
        className="select"
        value={props.value}
        onFocus={fill}
        onMouseDown={fill}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {options.map(({ zone, label }) => (
          <option key={zone} value={zone}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A small group of mutually exclusive buttons (aria-pressed). */
function Toggle<T extends string>(props: {
  label: string;
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <div className="toggle" role="group" aria-label={props.label}>
      {props.options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === props.value}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

export function BookerToolbar(props: {
  layout: Layout;
  onLayout: (layout: Layout) => void;
  hour12: boolean;
  onHour12: (hour12: boolean) => void;
}) {
  return (
    <div className="toolbar">
      <Toggle
        label={en.clock.label}
        value={props.hour12 ? 'h12' : 'h24'}
        options={[
          { value: 'h12', label: en.clock.h12 },
          { value: 'h24', label: en.clock.h24 },
        ]}
        onChange={(value) => props.onHour12(value === 'h12')}
      />
      <Toggle
        label={en.layout.label}
        value={props.layout}
        options={layouts.map((layout) => ({ value: layout, label: en.layout[layout] }))}
        onChange={props.onLayout}
      />
    </div>
  );
}

export function DurationChoice(props: {
  options: number[];
  value: number;
  onChange: (minutes: number) => void;
}) {
  return (
    <Toggle
      label={en.details.durationChoice}
      value={String(props.value)}
      options={props.options.map((minutes) => ({
        value: String(minutes),
        label: en.profile.minutes(minutes),
      }))}
      onChange={(value) => props.onChange(Number(value))}
    />
  );
}
