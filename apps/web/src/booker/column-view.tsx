import { en } from '../i18n/en';
import { formatDate } from '../time/format';
import { SlotButton } from './slot-list';
import { DaysNav, rangeTitle, type DaysViewProps } from './week-view';

/** Several days side by side, each a column of its times. */
export function ColumnView(props: DaysViewProps) {
  return (
    <section className="columns" aria-label={en.calendar.label}>
      <DaysNav
        title={rangeTitle(props.days)}
        previousLabel={en.calendar.previousDays}
        nextLabel={en.calendar.nextDays}
        onPrevious={props.onPrevious}
        onNext={props.onNext}
      />
      <div className="columns-grid">
        {props.days.map((date) => {
          const slots = props.byDate[date] ?? [];
          const heading = formatDate(date, 'dayMonth');
          return (
            <section
              key={date}
              className="column"
              aria-label={en.slots.label(formatDate(date, 'long'))}
            >
              <h3 className="column-heading">{heading}</h3>
              {slots.length ? (
                <ul>
                  {slots.map((slot) => (
                    <li key={slot.start}>
                      <SlotButton {...props} slot={slot} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{props.isLoading ? en.slots.loading : en.slots.none}</p>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
