import { useRef, type KeyboardEvent } from 'react';
import type { SlotsByDate } from '../api/public-api';
import { en } from '../i18n/en';
import { formatDate } from '../time/format';
import { addDays, addMonths, monthGrid, monthOf } from '../time/zoned';

export interface MonthCalendarProps {
  month: string;
  weekStart: number;
  byDate: SlotsByDate;
  selectedDate: string | null;
  today: string;
  isLoading: boolean;
  onSelect: (date: string) => void;
  onMonthChange: (month: string) => void;
}

const ARROWS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/**
 * A month of days; days with times are buttons. Arrow keys move between days (and months),
 * Home/End to the week's ends; one day is in the tab order at a time.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const grid = monthGrid(props.month, props.weekStart);
  const gridRef = useRef<HTMLDivElement>(null);
  const hasSlots = (date: string) => (props.byDate[date]?.length ?? 0) > 0;
  const inMonth = (date: string) => monthOf(date) === props.month;
  const focusable =
    (props.selectedDate && inMonth(props.selectedDate) && props.selectedDate) ||
    grid.find((date) => inMonth(date) && hasSlots(date)) ||
    (inMonth(props.today) ? props.today : `${props.month}-01`);

  const focusDate = (date: string) => {
    const find = () =>
      gridRef.current?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`) ?? null;
    if (inMonth(date)) return find()?.focus();
    // Another month: its grid is there after the next render.
    props.onMonthChange(monthOf(date));
    requestAnimationFrame(() => find()?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, date: string) => {
    const weekIndex = grid.indexOf(date) % 7;
    const step =
      ARROWS[event.key] ??
      (event.key === 'Home' ? -weekIndex : event.key === 'End' ? 6 - weekIndex : undefined);
    if (step === undefined) return;
    event.preventDefault();
    focusDate(addDays(date, step));
  };

  const weekdays = grid.slice(0, 7);
  const monthLabel = formatDate(`${props.month}-01`, 'monthYear');
  return (
    <section className="month" aria-label={en.calendar.label}>
      <div className="month-header">
        <h2 className="month-title" aria-live="polite">
          {monthLabel}
        </h2>
        <div className="month-nav">
          <button
            type="button"
            className="icon-button"
            aria-label={en.calendar.previousMonth}
            disabled={props.month <= monthOf(props.today)}
            onClick={() => props.onMonthChange(addMonths(props.month, -1))}
          >
            ‹
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={en.calendar.nextMonth}
            onClick={() => props.onMonthChange(addMonths(props.month, 1))}
          >
            ›
          </button>
        </div>
      </div>
      <div className="month-grid" ref={gridRef} aria-busy={props.isLoading}>
        {weekdays.map((date) => (
          <span key={`w${date}`} className="weekday" aria-hidden="true">
            {formatDate(date, 'weekdayShort')}
          </span>
        ))}
        {grid.map((date) => {
          if (!inMonth(date)) return <span key={date} className="day day-outside" />;
          const available = hasSlots(date);
          const selected = date === props.selectedDate;
          const label = `${formatDate(date, 'long')}, ${available ? en.calendar.available : en.calendar.unavailable}`;
          return (
            <button
              key={date}
              type="button"
              data-date={date}
              className={`day${available ? ' day-available' : ''}${selected ? ' day-selected' : ''}${date === props.today ? ' day-today' : ''}`}
              aria-label={label}
              aria-pressed={selected}
              aria-disabled={!available}
              tabIndex={date === focusable ? 0 : -1}
              onKeyDown={(event) => onKeyDown(event, date)}
              onClick={() => available && props.onSelect(date)}
            >
              {formatDate(date, 'dayNumber')}
            </button>
          );
        })}
      </div>
      {!props.isLoading && !grid.some((date) => inMonth(date) && hasSlots(date)) ? (
        <div className="month-empty">
          <p className="muted">{en.calendar.noSlotsInMonth}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => props.onMonthChange(addMonths(props.month, 1))}
          >
            {en.calendar.nextMonth}
          </button>
        </div>
      ) : null}
    </section>
  );
}
