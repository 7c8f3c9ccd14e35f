import type { SlotEntry, SlotsByDate } from '../api/public-api';
import { en } from '../i18n/en';
import { formatDate, formatTime } from '../time/format';
import { minuteOfDay, zonedToUtc } from '../time/zoned';
import { SlotButton, type SlotPickProps } from './slot-list';

export interface DaysViewProps extends SlotPickProps {
  days: string[];
  byDate: SlotsByDate;
  isLoading: boolean;
  durationMinutes: number;
  onPrevious: (() => void) | null;
  onNext: () => void;
}

/** "Mar 9 – Mar 15, 2026" */
export function rangeTitle(days: string[]): string {
  const first = days[0]!;
  const last = days.at(-1)!;
  return `${formatDate(first, 'dayMonth')} – ${formatDate(last, 'dayMonth')}, ${last.slice(0, 4)}`;
}

export function DaysNav(props: {
  title: string;
  previousLabel: string;
  nextLabel: string;
  onPrevious: (() => void) | null;
  onNext: () => void;
}) {
  return (
    <div className="month-header">
      <h2 className="month-title" aria-live="polite">
        {props.title}
      </h2>
      <div className="month-nav">
        <button
          type="button"
          className="icon-button"
          aria-label={props.previousLabel}
          disabled={!props.onPrevious}
          onClick={() => props.onPrevious?.()}
        >
          ‹
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={props.nextLabel}
          onClick={props.onNext}
        >
          ›
        </button>
      </div>
    </div>
  );
}

interface Placed {
  slot: SlotEntry;
  minute: number;
}

/** The smallest gap between two times of one day, the slot grid's step. */
function smallestStep(columns: Placed[][], fallback: number): number {
  let step = fallback;
  for (const column of columns) {
    for (let i = 1; i < column.length; i++) {
      const gap = column[i]!.minute - column[i - 1]!.minute;
      if (gap > 0) step = Math.min(step, gap);
    }
  }
  return Math.max(step, 5);
}

/** A week as a time grid: one column per day, each time placed at its hour. */
export function WeekView(props: DaysViewProps) {
  const columns = props.days.map((date) =>
    (props.byDate[date] ?? []).map((slot) => ({
      slot,
      minute: minuteOfDay(Date.parse(slot.start), props.timeZone),
    })),
  );
  const all = columns.flat();
  const nav = (
    <DaysNav
      title={rangeTitle(props.days)}
      previousLabel={en.calendar.previousWeek}
      nextLabel={en.calendar.nextWeek}
      onPrevious={props.onPrevious}
      onNext={props.onNext}
    />
  );
  if (all.length === 0) {
    return (
      <section className="week" aria-label={en.calendar.label}>
        {nav}
        <p className="muted centered">
          {props.isLoading ? en.slots.loading : en.calendar.noSlotsInRange}
        </p>
      </section>
    );
  }
  const step = smallestStep(columns, props.durationMinutes);
  const pxPerMinute = Math.max(1, 30 / step);
  const firstHour = Math.floor(Math.min(...all.map((p) => p.minute)) / 60);
  const lastHour = Math.ceil(
    Math.min(24 * 60, Math.max(...all.map((p) => p.minute + Math.min(step, 60)))) / 60,
  );
  const height = (lastHour - firstHour) * 60 * pxPerMinute;
  const hours = Array.from({ length: lastHour - firstHour }, (_, i) => firstHour + i);
  const top = (minute: number) => (minute - firstHour * 60) * pxPerMinute;
  return (
    <section className="week" aria-label={en.calendar.label}>
      {nav}
      <div className="week-scroll">
        <div className="week-grid">
          <span />
          {props.days.map((date) => (
            <span key={date} className="week-day-header">
              <span className="muted">{formatDate(date, 'weekdayShort')}</span>{' '}
              <strong>{formatDate(date, 'dayNumber')}</strong>
            </span>
          ))}
          <div className="week-hours" style={{ height }} aria-hidden="true">
            {hours.map((hour) => (
              <span key={hour} style={{ top: top(hour * 60) }}>
                {formatTime(
                  zonedToUtc(props.days[0]!, hour * 60, props.timeZone),
                  props.timeZone,
                  props.hour12,
                )}
              </span>
            ))}
          </div>
          {props.days.map((date, index) => (
            <ul
              key={date}
              className="week-day"
              style={{ height, ['--hour-height' as string]: `${60 * pxPerMinute}px` }}
              aria-label={en.slots.label(formatDate(date, 'long'))}
            >
              {columns[index]!.map(({ slot, minute }) => (
                <li
                  key={slot.start}
                  style={{ top: top(minute), height: Math.max(step * pxPerMinute - 2, 24) }}
                >
                  <SlotButton {...props} slot={slot} compact />
                </li>
              ))}
            </ul>
          ))}
        </div>
      </div>
    </section>
  );
}
