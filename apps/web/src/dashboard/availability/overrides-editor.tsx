import type { ScheduleOverrideInput } from '@kairos/contracts';
import { useState, type KeyboardEvent } from 'react';
import { t } from '../strings';
import { TextField } from '../ui/form';
import { RangesEditor } from './weekly-editor';

const a = t.availability;
type Override = ScheduleOverrideInput;

/** Monday-first weeks of a month: dates as YYYY-MM-DD, null for padding. */
function monthGrid(year: number, month: number): Array<Array<string | null>> {
  const first = new Date(Date.UTC(year, month, 1));
  const pad = (first.getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: Array<string | null> = Array.from({ length: pad }, () => null);
  for (let day = 1; day <= days; day++) {
    cells.push(new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10));
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

const addDays = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

function describe(entries: Override[]): string {
  if (entries.some((o) => o.startTime === o.endTime)) return a.dayOff;
  return entries.map((o) => `${o.startTime}–${o.endTime}`).join(', ');
}

/**
 * Date overrides on a month calendar: pick a date (click, or arrow keys within the grid), then
 * mark it unavailable or give it its own hours. A date input does the same for far-off dates.
 */
export function OverridesEditor(props: {
  overrides: Override[];
  onChange: (overrides: Override[]) => void;
  today: string;
  errors: Record<string, string>;
}) {
  const [month, setMonth] = useState(() => props.today.slice(0, 7));
  const [selected, setSelected] = useState<string | null>(null);
  const [focused, setFocused] = useState(props.today);
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const byDate = new Map<string, Override[]>();
  for (const o of props.overrides) byDate.set(o.date, [...(byDate.get(o.date) ?? []), o]);

  const setEntries = (date: string, entries: Override[]) =>
    props.onChange([...props.overrides.filter((o) => o.date !== date), ...entries]);
  const shiftMonth = (by: number) => {
    const d = new Date(Date.UTC(year, monthIndex - 1 + by, 1));
    setMonth(d.toISOString().slice(0, 7));
  };
  const select = (date: string) => {
    setSelected(date);
    setFocused(date);
    setMonth(date.slice(0, 7));
  };
  const onGridKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
    };
    const by = moves[event.key];
    if (by === undefined) return;
    event.preventDefault();
    const next = addDays(focused, by);
    setFocused(next);
    setMonth(next.slice(0, 7));
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`[data-date="${next}"]`)?.focus(),
    );
  };
  const tabbable = focused.startsWith(month) ? focused : `${month}-01`;
  const entries = selected ? (byDate.get(selected) ?? []) : [];
  const isDayOff = entries.some((o) => o.startTime === o.endTime);
  const monthLabel = new Intl.DateTimeFormat('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthIndex - 1, 1)));
  const errorText = Object.entries(props.errors).find(([k]) => k.startsWith('overrides'))?.[1];

  return (
    <fieldset className="d-section">
      <legend>{a.overrides}</legend>
      <p className="d-muted">{a.overridesIntro}</p>
      {errorText ? <p className="d-error">{errorText}</p> : null}
      <div className="d-calendar-head">
        <button
          type="button"
          className="button button-secondary"
          aria-label={a.previousMonth}
          onClick={() => shiftMonth(-1)}
        >
          ‹
        </button>
        <h3 aria-live="polite">{monthLabel}</h3>
        <button
          type="button"
          className="button button-secondary"
          aria-label={a.nextMonth}
          onClick={() => shiftMonth(1)}
        >
          ›
        </button>
      </div>
      <table className="d-calendar" role="grid" aria-label={monthLabel} onKeyDown={onGridKey}>
        <thead>
          <tr>
            {a.weekHeader.map((day) => (
              <th key={day.short} scope="col" abbr={day.long}>
                {day.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, monthIndex - 1).map((week, w) => (
            <tr key={w}>
              {week.map((date, d) => {
                if (!date) return <td key={d} />;
                const has = byDate.get(date);
                const label = `${date}${has ? `, ${a.overriddenAs(describe(has))}` : ''}`;
                return (
                  <td key={date}>
                    <button
                      type="button"
                      data-date={date}
                      className={`d-date${has ? ' d-date-override' : ''}${date === selected ? ' d-date-selected' : ''}`}
                      aria-label={label}
                      aria-pressed={date === selected}
                      tabIndex={date === tabbable ? 0 : -1}
                      onClick={() => select(date)}
                    >
                      {Number(date.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <TextField
        label={a.overrideDate}
        type="date"
        value={selected ?? ''}
        onChange={(date) => (date ? select(date) : setSelected(null))}
      />
      {selected ? (
        <div className="d-card" aria-label={a.editingDate(selected)} role="group">
          <h3>{a.editingDate(selected)}</h3>
          <label className="d-check">
            <input
              type="checkbox"
              checked={isDayOff}
              onChange={(event) =>
                setEntries(
                  selected,
                  event.target.checked
                    ? [{ date: selected, startTime: '00:00', endTime: '00:00' }]
                    : [{ date: selected, startTime: '09:00', endTime: '17:00' }],
                )
              }
            />
            {a.markDayOff}
          </label>
          {isDayOff ? null : (
            <RangesEditor
              dayLabel={selected}
              ranges={entries.map(({ startTime, endTime }) => ({ startTime, endTime }))}
              onChange={(ranges) =>
                setEntries(
                  selected,
                  ranges.map((range) => ({ date: selected, ...range })),
                )
              }
            />
          )}
          {entries.length > 0 ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEntries(selected, [])}
            >
              {a.removeOverride(selected)}
            </button>
          ) : null}
        </div>
      ) : null}
      {byDate.size > 0 ? (
        <ul className="d-override-list" aria-label={a.overrideList}>
          {[...byDate.entries()]
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([date, list]) => (
              <li key={date}>
                <button type="button" className="link-button" onClick={() => select(date)}>
                  {date}
                </button>{' '}
                {describe(list)}
              </li>
            ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
