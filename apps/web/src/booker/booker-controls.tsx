import { useEffect, useState } from 'react';
import { en } from '../i18n/en';
import { zoneOffsetLabel } from '../time/format';

export type Layout = 'month_view' | 'week_view' | 'column_view';
export const layouts: Layout[] = ['month_view', 'week_view', 'column_view'];

function allZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones =
      (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ??
      [];
  } catch {
    zones = [];
  }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  return zones.includes(current) ? zones : [current, ...zones];
}

/**
 * The visitor's time zone. The full list (about 400 zones, each labelled with its offset) is
 * built when the control is first used, not at page load.
 */
export function TimeZoneSelect(props: { value: string; onChange: (zone: string) => void }) {
  const [zones, setZones] = useState<string[] | null>(null);
  const now = Date.now();
  const label = (zone: string) => `${zone.replace(/_/g, ' ')} (${zoneOffsetLabel(zone, now)})`;
  const fill = () => setZones((current) => current ?? allZones(props.value));
  useEffect(() => {
    // Off the critical path: the list is ready before anyone opens it.
    const timer = setTimeout(fill, 300);
    return () => clearTimeout(timer);
  });
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
        {(zones ?? [props.value]).map((zone) => (
          <option key={zone} value={zone}>
            {label(zone)}
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
