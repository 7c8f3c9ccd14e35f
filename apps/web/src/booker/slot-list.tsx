import type { SlotEntry } from '../api/public-api';
import { en } from '../i18n/en';
import { formatTime } from '../time/format';

export interface SlotPickProps {
  timeZone: string;
  hour12: boolean;
  /** Show "N seats left" (seated events that show the count). */
  showSeats: boolean;
  onPick: (slot: SlotEntry) => void;
}

/** One bookable time. */
export function SlotButton(props: SlotPickProps & { slot: SlotEntry; compact?: boolean }) {
  const { slot } = props;
  const time = formatTime(slot.start, props.timeZone, props.hour12);
  const seats =
    props.showSeats && slot.seatsRemaining !== undefined
      ? en.slots.seatsLeft(slot.seatsRemaining)
      : null;
  return (
    <button
      type="button"
      className={`slot${props.compact ? ' slot-compact' : ''}`}
      data-start={slot.start}
      onClick={() => props.onPick(slot)}
    >
      <span className="slot-time">{time}</span>
      {seats ? <span className="slot-seats">{seats}</span> : null}
    </button>
  );
}

/** The times of one day. */
export function SlotList(
  props: SlotPickProps & { heading: string; slots: SlotEntry[] | undefined; isLoading: boolean },
) {
  return (
    <section className="slot-list" aria-label={en.slots.label(props.heading)}>
      <h3 className="slot-list-heading">{props.heading}</h3>
      {props.slots?.length ? (
        <ul>
          {props.slots.map((slot) => (
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
}
