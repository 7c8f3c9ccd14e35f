import { t } from '../strings';
import { weekDays, type Range, type WeekDay, type WeekHours } from './weekly-hours';

const a = t.availability;
const DEFAULT_RANGE: Range = { startTime: '09:00', endTime: '17:00' };

function TimeInput(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label className="d-time">
      <span className="visually-hidden">{props.label}</span>
      <input
        type="time"
        value={props.value}
        aria-label={props.label}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}

/** Ranges of one day: from–until pairs, each removable, and a way to add one. */
export function RangesEditor(props: {
  ranges: Range[];
  onChange: (ranges: Range[]) => void;
  dayLabel: string;
}) {
  const { ranges, onChange, dayLabel } = props;
  const set = (index: number, range: Range) =>
    onChange(ranges.map((old, i) => (i === index ? range : old)));
  return (
    <div className="d-ranges">
      {ranges.map((range, index) => (
        <div key={index} className="d-range">
          <TimeInput
            label={a.from(dayLabel, index + 1)}
            value={range.startTime}
            onChange={(startTime) => set(index, { ...range, startTime })}
          />
          <span aria-hidden="true">–</span>
          <TimeInput
            label={a.until(dayLabel, index + 1)}
            value={range.endTime}
            onChange={(endTime) => set(index, { ...range, endTime })}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(ranges.filter((_, i) => i !== index))}
          >
            {a.removeRange(dayLabel, index + 1)}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const last = ranges.at(-1);
          onChange([
            ...ranges,
            last ? { startTime: last.endTime, endTime: '23:59' } : DEFAULT_RANGE,
          ]);
        }}
      >
        {a.addRange(dayLabel)}
      </button>
    </div>
  );
}

export function WeeklyEditor(props: {
  hours: WeekHours;
  onChange: (hours: WeekHours) => void;
  error?: string | undefined;
}) {
  const { hours, onChange } = props;
  const setDay = (day: WeekDay, ranges: Range[]) => onChange({ ...hours, [day]: ranges });
  const copyToWeekdays = (from: WeekDay) => {
    const next = { ...hours };
    for (const day of weekDays.slice(0, 5)) next[day] = hours[from].map((r) => ({ ...r }));
    onChange(next);
  };
  return (
    <fieldset className="d-section">
      <legend>{a.weeklyHours}</legend>
      {props.error ? <p className="d-error">{props.error}</p> : null}
      <ul className="d-week">
        {weekDays.map((day) => {
          const label = a.dayName[day];
          const isOn = hours[day].length > 0;
          return (
            <li key={day} className="d-day">
              <label className="d-day-toggle">
                <input
                  type="checkbox"
                  checked={isOn}
                  onChange={(event) => setDay(day, event.target.checked ? [DEFAULT_RANGE] : [])}
                />
                {label}
              </label>
              {isOn ? (
                <>
                  <RangesEditor
                    ranges={hours[day]}
                    dayLabel={label}
                    onChange={(ranges) => setDay(day, ranges)}
                  />
                  <button type="button" className="link-button" onClick={() => copyToWeekdays(day)}>
                    {a.copyToWeekdays(label)}
                  </button>
                </>
              ) : (
                <span className="d-muted">{a.unavailable}</span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
